package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.OAuthFlow;

/** The landing, sign-in and sign-up pages. */
class WebPagesTest extends ApiTest {

    @Test
    void theLandingPageInvitesVisitorsIn() {
        Browser.Page home = new Browser(port).get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        assertThat(home.body())
                .contains("<h1>Junto</h1>")
                .contains("href=\"/auth/sign_in\"")
                .contains("href=\"/auth/sign_up\"")
                .contains("/css/junto.css");
        assertThat(new Browser(port).get("/css/junto.css").status()).isEqualTo(200);
    }

    @Test
    void signingInWithAUsernameOrEmailShowsWhoIsSignedInAndSigningOutWorks() {
        TestUser alice = fixtures.user("alice");
        Browser browser = new Browser(port);

        Browser.Page signedIn = browser.signIn(alice.username() + "@example.test", OAuthFlow.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        Browser.Page home = browser.get("/");
        assertThat(home.body()).contains("href=\"/@" + alice.username() + "\"").contains("<h1>Home</h1>");

        Browser.Page out = browser.post("/auth/sign_out", Map.of("_csrf", home.csrf()));
        assertThat(out.status()).isEqualTo(302);
        assertThat(browser.get("/").body()).doesNotContain("<h1>Home</h1>").contains("href=\"/auth/sign_in\"");
    }

    @Test
    void aWrongPasswordShowsAMessage() {
        TestUser alice = fixtures.user("alice");
        Browser browser = new Browser(port);

        Browser.Page failed = browser.signIn(alice.username(), "not the password");
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.location()).endsWith("/auth/sign_in?error");
        Browser.Page page = browser.get(failed.location());

        assertThat(page.body()).contains("role=\"alert\"").contains("Wrong username, e-mail address or password");
        assertThat(browser.get("/").body()).doesNotContain("<h1>Home</h1>");
    }

    @Test
    void signingUpCreatesAnAccountThatCanSignIn() {
        Browser browser = new Browser(port);
        Browser.Page form = browser.get("/auth/sign_up");
        assertThat(form.body()).contains("<label for=\"username\">").contains("<label for=\"agreement\">");

        Browser.Page done = browser.post(
                "/auth/sign_up",
                Map.of(
                        "username", "webperson",
                        "email", "webperson@example.test",
                        "password", "a good password",
                        "agreement", "1",
                        "_csrf", form.csrf()));

        assertThat(done.status()).as(done.toString()).isEqualTo(302);
        assertThat(done.location()).endsWith("/auth/sign_in?registered");
        assertThat(browser.signIn("webperson", "a good password").location()).doesNotContain("error");
    }

    @Test
    void signUpProblemsAreShownNextToTheFieldsAndEscaped() {
        Browser browser = new Browser(port);
        Browser.Page form = browser.get("/auth/sign_up");

        Browser.Page page = browser.post(
                "/auth/sign_up",
                Map.of(
                        "username", "<b>bad</b>",
                        "email", "\"><script>x</script>",
                        "password", "short",
                        "_csrf", form.csrf()));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body())
                .contains("Username must contain only letters, numbers and underscores")
                .contains("Password is too short")
                .contains("Agreement must be accepted")
                .contains("&lt;b&gt;bad&lt;/b&gt;")
                .doesNotContain("<script>x</script>")
                .doesNotContain("<b>bad</b>");
    }
}
