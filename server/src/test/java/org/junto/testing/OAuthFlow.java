package org.junto.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.accounts.AuthorizationCodeGrant;
import tools.jackson.databind.JsonNode;

/** The steps of Mastodon's OAuth dance as a client and a person in a browser take them, over HTTP. */
public final class OAuthFlow {
    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    public static final String CALLBACK = "https://client.example/callback";
    public static final String PASSWORD = "correct horse 1";

    private OAuthFlow() {}

    public record App(String id, String clientId, String clientSecret) {}

    /** Registers an app with {@code POST /api/v1/apps} (JSON), redirecting to the callback and to oob. */
    public static App registerApp(Client client, String scopes) {
        Client.Response r = client.postJson(
                "/api/v1/apps",
                Map.of("client_name", "Test app", "redirect_uris", List.of(CALLBACK, OOB), "scopes", scopes));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode app = r.json();
        return new App(
                app.get("id").asString(),
                app.get("client_id").asString(),
                app.get("client_secret").asString());
    }

    public static String authorizePath(App app, String redirectUri, String scope, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", app.clientId());
        params.put("redirect_uri", redirectUri);
        params.put("scope", scope);
        params.putAll(extra);
        StringBuilder path = new StringBuilder("/oauth/authorize?");
        params.forEach((k, v) -> path.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        return path.substring(0, path.length() - 1);
    }

    /** Opens the authorize URL, signs in when sent to the sign-in page, and returns the consent page. */
    public static Browser.Page consentPage(Browser browser, String authorizePath, String login) {
        Browser.Page page = browser.get(authorizePath);
        if (page.status() == 302 && page.location().contains("/auth/sign_in")) {
            Browser.Page signedIn = browser.signIn(login, PASSWORD);
            assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
            page = browser.get(signedIn.location());
        }
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page;
    }

    /** Presses a button of the consent form. */
    public static Browser.Page decide(Browser browser, Browser.Page consent, String decision) {
        Map<String, String> form = new LinkedHashMap<>(consent.inputs());
        form.remove("code");
        form.put("decision", decision);
        return browser.post("/oauth/authorize", form);
    }

    /** Signs {@code login} in, approves, and returns the code from the redirect to the callback. */
    public static String code(Browser browser, App app, String login, String scope, Map<String, String> extra) {
        Browser.Page consent = consentPage(browser, authorizePath(app, CALLBACK, scope, extra), login);
        Browser.Page redirect = decide(browser, consent, "approve");
        assertThat(redirect.status()).as(redirect.toString()).isEqualTo(302);
        assertThat(redirect.location()).startsWith(CALLBACK + "?code=");
        return redirect.locationParams().get("code");
    }

    public static Client.Response exchange(Client client, App app, String code, String redirectUri, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", app.clientId());
        form.put("client_secret", app.clientSecret());
        form.put("redirect_uri", redirectUri);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return client.postForm("/oauth/token", form);
    }

    public static String appToken(Client client, App app, String scope) {
        Client.Response r = client.postForm(
                "/oauth/token",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "scope",
                        scope));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("access_token").asString();
    }

    public static String challengeFor(String verifier) {
        return AuthorizationCodeGrant.s256(verifier);
    }
}
