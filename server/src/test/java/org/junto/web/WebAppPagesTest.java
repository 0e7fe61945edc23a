package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junto.core.Visibility;
import org.junto.statuses.Status;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.OAuthFlow;
import org.junto.testing.StatusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The web app's pages over plain HTTP, as a browser without JavaScript uses them: reading, posting, authorization. */
class WebAppPagesTest extends ApiTest {
    @Autowired
    ApplicationContext context;

    StatusFixtures statuses;

    @BeforeEach
    void setUp() {
        statuses = new StatusFixtures(context);
    }

    private Browser signedIn(TestUser user) {
        return Browser.signedIn(port, user);
    }

    @Test
    void postingWithAPlainFormRedirectsAndThePostShowsOnHomeProfileAndThread() {
        TestUser alice = fixtures.user("alice");
        Browser browser = signedIn(alice);
        Browser.Page home = browser.get("/");
        assertThat(home.body()).contains("<label for=\"compose-text\"").contains("name=\"idempotency_key\"");

        Browser.Page posted = browser.post(
                "/statuses",
                Map.of("status", "Hello from a form #webtest", "visibility", "public", "_csrf", home.csrf()));

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/");
        fixtures.drainJobs();
        assertThat(browser.get("/").body()).contains("Hello from a form");
        Browser.Page profile = browser.get("/@" + alice.username());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains("Hello from a form").contains("<strong>1</strong> posts");
        assertThat(new Browser(port).get("/tags/webtest").body()).contains("Hello from a form");
    }

    @Test
    void aRejectedPostShowsTheReasonAndKeepsTheText() {
        TestUser alice = fixtures.user("alice");
        Browser browser = signedIn(alice);
        String csrf = browser.get("/").csrf();
        String tooLong = "word ".repeat(120);

        Browser.Page page = browser.post("/statuses", Map.of("status", tooLong, "_csrf", csrf));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("character limit of 500 exceeded").contains(tooLong.strip());
        assertThat(browser.get("/@" + alice.username()).body()).contains("<strong>0</strong> posts");
    }

    @Test
    void htmxPostsGetTheCardOrTheReasonAsAFragment() {
        TestUser alice = fixtures.user("alice");
        Browser browser = signedIn(alice);
        String csrf = browser.get("/").csrf();

        Browser.Page card =
                browser.post("/statuses", Map.of("status", "live card", "_csrf", csrf), "HX-Request", "true");
        Browser.Page error = browser.post("/statuses", Map.of("status", " ", "_csrf", csrf), "HX-Request", "true");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body())
                .startsWith("<article class=\"status\"")
                .contains("live card")
                .doesNotContain("<html");
        assertThat(card.header("HX-Trigger")).isEqualTo("junto:posted");
        assertThat(error.status()).isEqualTo(422);
        assertThat(error.header("HX-Retarget")).isEqualTo("#compose-error");
        assertThat(error.body()).contains("Text can&#39;t be blank");
    }

    @Test
    void userTextIsEscapedEverywhereAndPostsAreTheCoresSafeHtml() {
        TestUser mallory = fixtures.user("mallory");
        Browser browser = signedIn(mallory);
        String csrf = browser.get("/settings/profile").csrf();
        browser.post(
                "/settings/profile",
                Map.of(
                        "display_name", "<script>alert(1)</script>",
                        "note", "<img src=x onerror=alert(2)>",
                        "field_name", "<b>x</b>",
                        "field_value", "<i>y</i>",
                        "_csrf", csrf));
        Status post = statuses.post(mallory, "<script>alert(3)</script> hi");
        fixtures.drainJobs();

        for (String path : new String[] {"/", "/@" + mallory.username(), "/@" + mallory.username() + "/" + post.id()}) {
            String body = new Browser(port).get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(body).as(path).contains("&lt;script&gt;alert(");
        }
        String profile = browser.get("/@" + mallory.username()).body();
        assertThat(profile).contains("&lt;img src=x onerror=alert(2)&gt;").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void someoneElsesPrivatePostIsNotFoundUnlessTheyMayReadIt() {
        TestUser alice = fixtures.user("alice");
        TestUser follower = fixtures.user("follower");
        TestUser stranger = fixtures.user("stranger");
        fixtures.follow(follower, alice);
        Status secret = statuses.post(alice, "followers only words", Visibility.PRIVATE);
        String path = "/@" + alice.username() + "/" + secret.id();

        assertThat(new Browser(port).get(path).status()).isEqualTo(404);
        Browser.Page strangers = signedIn(stranger).get(path);
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.body()).contains("This page does not exist").doesNotContain("followers only words");
        assertThat(signedIn(follower).get(path).body()).contains("followers only words");
        assertThat(new Browser(port).get("/@someoneelse/" + secret.id()).status())
                .isEqualTo(404);
        assertThat(new Browser(port).get("/@" + alice.username()).body()).doesNotContain("followers only words");
    }

    @Test
    void nobodyEditsOrDeletesAnotherPersonsPost() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Status post = statuses.post(alice, "alice wrote this");
        Browser bobs = signedIn(bob);
        String csrf = bobs.get("/").csrf();

        assertThat(bobs.get("/statuses/" + post.id() + "/edit").status()).isEqualTo(404);
        assertThat(bobs.post("/statuses/" + post.id() + "/edit", Map.of("status", "bob's now", "_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(bobs.post("/statuses/" + post.id() + "/delete", Map.of("_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(new Browser(port)
                        .get("/@" + alice.username() + "/" + post.id())
                        .body())
                .contains("alice wrote this");
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndFormsNeedTheCsrfToken() {
        TestUser alice = fixtures.user("alice");
        Status post = statuses.post(alice, "something");
        for (String path : new String[] {
            "/notifications", "/bookmarks", "/favourites", "/conversations", "/settings/profile", "/settings/sessions"
        }) {
            Browser.Page page = new Browser(port).get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/auth/sign_in");
        }
        assertThat(new Browser(port)
                        .post("/statuses/" + post.id() + "/favourite", Map.of())
                        .status())
                .isIn(302, 403);
        Browser bobs = signedIn(fixtures.user("bob"));
        assertThat(bobs.post("/statuses/" + post.id() + "/favourite", Map.of()).status())
                .isEqualTo(403);
        assertThat(bobs.post("/statuses", Map.of("status", "no token")).status())
                .isEqualTo(403);
    }

    @Test
    void actionsWorkAsPlainFormsAndAsHtmxFragments() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Status post = statuses.post(alice, "like me");
        Browser bobs = signedIn(bob);
        String thread = "/@" + alice.username() + "/" + post.id();
        String csrf = bobs.get(thread).csrf();

        Browser.Page plain = bobs.post(
                "/statuses/" + post.id() + "/bookmark", Map.of("_csrf", csrf), "Referer", bobs.base() + thread);
        Browser.Page htmx =
                bobs.post("/statuses/" + post.id() + "/favourite", Map.of("_csrf", csrf), "HX-Request", "true");

        assertThat(plain.status()).isEqualTo(302);
        assertThat(plain.location()).endsWith(thread);
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body())
                .startsWith("<div class=\"status-actions\"")
                .contains("aria-label=\"Favourite, 1 favourites\"")
                .contains("/unfavourite");
        assertThat(bobs.get("/bookmarks").body()).contains("like me");
        assertThat(bobs.get("/favourites").body()).contains("like me");
        fixtures.drainJobs();
        Browser alices = signedIn(alice);
        assertThat(alices.get("/").body()).contains("id=\"unread-badge\"").contains("aria-label=\"1 unread\"");
        assertThat(alices.get("/notifications").body())
                .contains("favourited your post")
                .contains("like me");
        assertThat(alices.get("/").body()).doesNotContain("aria-label=\"1 unread\"");
    }

    @Test
    void settingsListTheSignedInBrowsersAndSignAnotherOneOut() {
        TestUser dora = fixtures.user("dora");
        Browser laptop = signedIn(dora);
        Browser phone = signedIn(dora);
        assertThat(phone.get("/settings/profile").status()).isEqualTo(200);

        Browser.Page sessions = laptop.get("/settings/sessions");
        assertThat(sessions.body()).contains("This browser").contains("Another browser");
        String signOut = sessions.body().replaceAll("(?s).*action=\"(/settings/browsers/[0-9a-f]+/sign_out)\".*", "$1");
        assertThat(signOut).startsWith("/settings/browsers/");
        laptop.post(signOut, Map.of("_csrf", sessions.csrf()));

        assertThat(phone.get("/settings/profile").location()).contains("/auth/sign_in");
        assertThat(laptop.get("/settings/profile").status()).isEqualTo(200);
        assertThat(laptop.get("/settings/sessions").body()).doesNotContain("Another browser");

        Browser tablet = signedIn(dora);
        Browser.Page password = laptop.get("/settings/password");
        laptop.post(
                "/settings/password",
                Map.of(
                        "current",
                        OAuthFlow.PASSWORD,
                        "new_password",
                        "a brand new passphrase",
                        "_csrf",
                        password.csrf()));
        assertThat(tablet.get("/settings/profile").location()).contains("/auth/sign_in");
        assertThat(laptop.get("/settings/profile").status()).isEqualTo(200);
    }

    @Test
    void aHashtagPageFollowsTheTagAndItsPublicPostsComeHome() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        String tag = "webtag" + alice.id() % 100000;
        Browser bobs = signedIn(bob);
        Browser.Page page = bobs.get("/tags/" + tag);
        assertThat(page.body()).contains(">Follow #" + tag + "</button>");
        assertThat(new Browser(port).get("/tags/" + tag).body()).doesNotContain("Follow #");

        var followed = bobs.post(
                "/tags/" + tag + "/follow", Map.of("_csrf", page.csrf()), "Referer", bobs.base() + "/tags/" + tag);
        assertThat(followed.location()).endsWith("/tags/" + tag);
        statuses.post(alice, "news about #" + tag, Visibility.PUBLIC);
        fixtures.drainJobs();

        assertThat(bobs.get("/").body()).contains("news about");
        assertThat(bobs.get("/tags/" + tag).body()).contains(">Unfollow #" + tag + "</button>");
    }

    @Test
    void followingFromAProfileShowsInTheListsAndBringsPostsHome() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Browser bobs = signedIn(bob);
        String profile = "/@" + alice.username();
        Browser.Page page = bobs.get(profile);
        assertThat(page.body()).contains(">Follow</button>");

        bobs.post(
                "/accounts/" + alice.id() + "/follow", Map.of("_csrf", page.csrf()), "Referer", bobs.base() + profile);
        statuses.post(alice, "for my followers", Visibility.PRIVATE);
        fixtures.drainJobs();

        assertThat(bobs.get(profile).body()).contains(">Unfollow</button>").contains("<strong>1</strong> followers");
        assertThat(bobs.get(profile + "/followers").body()).contains("@" + bob.username());
        assertThat(bobs.get("/@" + bob.username() + "/following").body()).contains("@" + alice.username());
        assertThat(bobs.get("/").body()).contains("for my followers");
    }

    @Test
    void editingShowsTheNewTextAndPasswordAndSessionsSettingsWork() {
        TestUser alice = fixtures.user("alice");
        Status post = statuses.post(alice, "first words");
        Browser browser = signedIn(alice);
        Browser.Page form = browser.get("/statuses/" + post.id() + "/edit");
        assertThat(form.body()).contains("first words");

        Browser.Page saved = browser.post(
                "/statuses/" + post.id() + "/edit", Map.of("status", "better words", "_csrf", form.csrf()));
        assertThat(saved.location()).endsWith("/@" + alice.username() + "/" + post.id());
        assertThat(browser.get(saved.location()).body())
                .contains("better words")
                .contains("edited");

        String csrf = browser.get("/settings/password").csrf();
        Browser.Page wrong = browser.post(
                "/settings/password", Map.of("current", "nope", "new_password", "another pass 2", "_csrf", csrf));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("The current password is not right");

        Browser.Page sessions = browser.get("/settings/sessions");
        assertThat(client(alice.token())
                        .get("/api/v1/accounts/verify_credentials")
                        .status())
                .isEqualTo(200);
        String revoke = sessions.body().replaceAll("(?s).*action=\"(/settings/sessions/\\d+/revoke)\".*", "$1");
        browser.post(revoke, Map.of("_csrf", sessions.csrf()));
        assertThat(client(alice.token())
                        .get("/api/v1/accounts/verify_credentials")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void directMessagesAreListedForTheirParticipantsOnly() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        statuses.post(alice, "@" + bob.username() + " just between us", Visibility.DIRECT);
        fixtures.drainJobs();

        assertThat(signedIn(bob).get("/conversations").body()).contains("just between us");
        assertThat(signedIn(fixtures.user("carol")).get("/conversations").body())
                .doesNotContain("just between us")
                .contains("No direct messages yet");
    }
}
