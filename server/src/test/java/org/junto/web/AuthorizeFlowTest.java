package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.OAuthFlow;
import org.junto.testing.OAuthFlow.App;

/** The authorization code flow as a person in a browser and a client app go through it, over real HTTP. */
class AuthorizeFlowTest extends ApiTest {

    @Test
    void fullFlowSignsInApprovesAndExchangesTheCodeForAWorkingToken() {
        TestUser alice = fixtures.user("alice");
        App app = OAuthFlow.registerApp(client(), "read write");
        Browser browser = new Browser(port);

        Browser.Page toSignIn =
                browser.get(OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read write", Map.of("state", "xyz 1&2")));
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.location()).endsWith("/auth/sign_in");

        Browser.Page signInForm = browser.get(toSignIn.location());
        assertThat(signInForm.status()).isEqualTo(200);
        Browser.Page signedIn = browser.post(
                "/auth/sign_in",
                Map.of("username", alice.username(), "password", OAuthFlow.PASSWORD, "_csrf", signInForm.csrf()));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).contains("/oauth/authorize?").contains("client_id=" + app.clientId());

        Browser.Page consent = browser.get(signedIn.location());
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.body())
                .contains("Test app")
                .contains("@" + alice.username())
                .contains("Authorize");
        assertThat(consent.body()).contains("Read all your account").contains("client.example");
        assertThat(consent.body()).containsPattern("href=\"/oauth/authorize\\?[^\"]*force_login=true\"");

        Browser.Page redirect = OAuthFlow.decide(browser, consent, "approve");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith(OAuthFlow.CALLBACK + "?code=");
        assertThat(redirect.locationParams()).containsEntry("state", "xyz 1&2");

        var token = OAuthFlow.exchange(client(), app, redirect.locationParams().get("code"), OAuthFlow.CALLBACK, null);
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.json().get("scope").asString()).isEqualTo("read write");
        assertThat(token.json().get("created_at").asLong()).isPositive();
        assertThat(token.header("Cache-Control")).contains("no-store");

        String accessToken = token.json().get("access_token").asString();
        var prefs = client(accessToken).get("/api/v1/preferences");
        assertThat(prefs.status()).isEqualTo(200);
        var verified = client(accessToken).get("/api/v1/apps/verify_credentials");
        assertThat(verified.json().get("id").asString()).isEqualTo(app.id());
    }

    @Test
    void pkceWithTheRightVerifierSucceeds() {
        TestUser bob = fixtures.user("bob");
        App app = OAuthFlow.registerApp(client(), "read");
        String verifier = "a".repeat(20) + "-._~" + "B".repeat(30);
        String code = OAuthFlow.code(
                new Browser(port),
                app,
                bob.username(),
                "read",
                Map.of("code_challenge", OAuthFlow.challengeFor(verifier), "code_challenge_method", "S256"));

        var token = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, verifier);

        assertThat(token.status()).as(token.toString()).isEqualTo(200);
    }

    @Test
    void pkceWithAWrongOrMissingVerifierFails() {
        TestUser bob = fixtures.user("bob");
        App app = OAuthFlow.registerApp(client(), "read");
        String verifier = "v".repeat(64);
        Browser browser = new Browser(port);
        String code = OAuthFlow.code(
                browser,
                app,
                bob.username(),
                "read",
                Map.of("code_challenge", OAuthFlow.challengeFor(verifier), "code_challenge_method", "S256"));

        var wrong = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, "w".repeat(64));
        var missing = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, null);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(wrong.json().get("error_description").asString()).isNotBlank();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void plainPkceIsRefusedBackToTheClient() {
        TestUser bob = fixtures.user("bob");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        browser.signIn(bob.username(), OAuthFlow.PASSWORD);

        Browser.Page page = browser.get(OAuthFlow.authorizePath(
                app,
                OAuthFlow.CALLBACK,
                "read",
                Map.of("code_challenge", "c".repeat(43), "code_challenge_method", "plain", "state", "s")));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.locationParams())
                .containsEntry("error", "invalid_request")
                .containsEntry("state", "s");
    }

    @Test
    void anUnregisteredRedirectUriGetsAnErrorPageAndNoRedirect() {
        TestUser carol = fixtures.user("carol");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        browser.signIn(carol.username(), OAuthFlow.PASSWORD);

        Browser.Page page = browser.get(OAuthFlow.authorizePath(app, "https://evil.example/steal", "read", Map.of()));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.location()).isNull();
        assertThat(page.body()).contains("invalid_redirect_uri");
    }

    @Test
    void anUnknownClientGetsAnErrorPage() {
        TestUser carol = fixtures.user("carol");
        Browser browser = new Browser(port);
        browser.signIn(carol.username(), OAuthFlow.PASSWORD);

        Browser.Page page =
                browser.get("/oauth/authorize?response_type=code&client_id=nope&redirect_uri=" + OAuthFlow.CALLBACK);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("invalid_client");
    }

    @Test
    void scopesBeyondTheAppsAreRefusedWithARedirect() {
        TestUser carol = fixtures.user("carol");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        browser.signIn(carol.username(), OAuthFlow.PASSWORD);

        Browser.Page page = browser.get(OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read write", Map.of()));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.locationParams()).containsEntry("error", "invalid_scope");
    }

    @Test
    void denyRedirectsWithAccessDenied() {
        TestUser dave = fixtures.user("dave");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        Browser.Page consent = OAuthFlow.consentPage(
                browser,
                OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read", Map.of("state", "st")),
                dave.username());

        Browser.Page redirect = OAuthFlow.decide(browser, consent, "deny");

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith(OAuthFlow.CALLBACK + "?error=access_denied");
        assertThat(redirect.locationParams()).containsEntry("state", "st").doesNotContainKey("code");
    }

    @Test
    void outOfBandShowsTheCodeToCopy() {
        TestUser erin = fixtures.user("erin");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        Browser.Page consent = OAuthFlow.consentPage(
                browser, OAuthFlow.authorizePath(app, OAuthFlow.OOB, "read", Map.of()), erin.username());

        Browser.Page shown = OAuthFlow.decide(browser, consent, "approve");

        assertThat(shown.status()).isEqualTo(200);
        String code = shown.inputs().get("code");
        assertThat(code).isNotBlank();
        assertThat(OAuthFlow.exchange(client(), app, code, OAuthFlow.OOB, null).status())
                .isEqualTo(200);
    }

    @Test
    void theConsentPageCanBeOpenedInAPopupButNotFramed() {
        TestUser frank = fixtures.user("frank");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);

        Browser.Page consent = OAuthFlow.consentPage(
                browser, OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read", Map.of()), frank.username());
        Browser.Page signIn = new Browser(port).get("/auth/sign_in");

        for (Browser.Page page : new Browser.Page[] {consent, signIn}) {
            assertThat(page.header("Cross-Origin-Opener-Policy")).isNotEqualTo("same-origin");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void theApprovalFormNeedsItsCsrfToken() {
        TestUser gina = fixtures.user("gina");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        Browser.Page consent = OAuthFlow.consentPage(
                browser, OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read", Map.of()), gina.username());
        Map<String, String> form = new java.util.LinkedHashMap<>(consent.inputs());
        form.remove("_csrf");
        form.put("decision", "approve");

        Browser.Page forged = browser.post("/oauth/authorize", form);

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void forceLoginAsksToSignInAgainEvenWithASession() {
        TestUser hank = fixtures.user("hank");
        TestUser ivy = fixtures.user("ivy");
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);
        browser.signIn(hank.username(), OAuthFlow.PASSWORD);

        String path = OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read", Map.of("force_login", "true"));
        Browser.Page first = browser.get(path);
        assertThat(first.status()).isEqualTo(302);
        Browser.Page toSignIn = browser.get(first.location());
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.location()).endsWith("/auth/sign_in");

        Browser.Page signedIn = browser.signIn(ivy.username(), OAuthFlow.PASSWORD);
        Browser.Page consent = browser.get(signedIn.location());

        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.body()).contains("@" + ivy.username()).doesNotContain("@" + hank.username());
    }

    @Test
    void behindATlsProxyTheSignInRedirectUsesTheForwardedAddress() {
        App app = OAuthFlow.registerApp(client(), "read");
        Browser browser = new Browser(port);

        Browser.Page page = browser.get(
                OAuthFlow.authorizePath(app, OAuthFlow.CALLBACK, "read", Map.of()),
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "social.example",
                "X-Forwarded-For",
                "203.0.113.9");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isIn("https://social.example/auth/sign_in", "/auth/sign_in");
    }
}
