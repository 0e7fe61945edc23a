package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.accounts.OAuthTokens;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.OAuthFlow;
import org.junto.testing.OAuthFlow.App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /oauth/token} and {@code /oauth/revoke}: grants, client authentication and RFC 6749 errors. */
class OAuthTokenTest extends ApiTest {
    @Autowired
    JdbcClient db;

    private String codeFor(App app, String scope) {
        TestUser user = fixtures.user("owner");
        return OAuthFlow.code(new Browser(port), app, user.username(), scope, Map.of());
    }

    @Test
    void aRedirectUriOtherThanTheAuthorizedOneIsRefused() {
        App app = OAuthFlow.registerApp(client(), "read");
        String code = codeFor(app, "read");

        var r = OAuthFlow.exchange(client(), app, code, OAuthFlow.OOB, null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeWorksOnceAndReusingItRevokesTheTokenItBought() {
        App app = OAuthFlow.registerApp(client(), "read");
        String code = codeFor(app, "read");

        var first = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, null);
        String token = first.json().get("access_token").asString();
        assertThat(client(token).get("/api/v1/preferences").status()).isEqualTo(200);

        var second = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, null);

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(client(token).get("/api/v1/preferences").status()).isEqualTo(401);
    }

    @Test
    void unknownAndExpiredCodesAreRefused() {
        App app = OAuthFlow.registerApp(client(), "read");
        String code = codeFor(app, "read");
        db.sql("UPDATE oauth_codes SET expires_at = ? WHERE code_hash = ?")
                .params(System.currentTimeMillis() - 1, OAuthTokens.hash(code))
                .update();

        var expired = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, null);
        var unknown = OAuthFlow.exchange(client(), app, "no-such-code", OAuthFlow.CALLBACK, null);

        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeIssuedToOneAppCannotBeUsedByAnother() {
        App app = OAuthFlow.registerApp(client(), "read");
        App other = OAuthFlow.registerApp(client(), "read");
        String code = codeFor(app, "read");

        var r = OAuthFlow.exchange(client(), other, code, OAuthFlow.CALLBACK, null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void wrongClientCredentialsGet401InvalidClient() {
        App app = OAuthFlow.registerApp(client(), "read");

        var r = client().postForm(
                        "/oauth/token",
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", app.clientId(),
                                "client_secret", "wrong"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(r.json().get("error_description").asString()).startsWith("Client authentication failed");
    }

    @Test
    void clientCredentialsWorkWithHttpBasicAndJsonBodies() {
        App app = OAuthFlow.registerApp(client(), "read write");
        String basic = Base64.getEncoder()
                .encodeToString((app.clientId() + ":" + app.clientSecret()).getBytes(StandardCharsets.UTF_8));

        var viaBasic = client().header("Authorization", "Basic " + basic)
                .postForm("/oauth/token", Map.of("grant_type", "client_credentials", "scope", "read"));
        var viaJson = client().postJson(
                        "/oauth/token",
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                app.clientId(),
                                "client_secret",
                                app.clientSecret(),
                                "scope",
                                "read write"));

        assertThat(viaBasic.status()).as(viaBasic.toString()).isEqualTo(200);
        assertThat(viaBasic.json().get("scope").asString()).isEqualTo("read");
        assertThat(viaJson.status()).as(viaJson.toString()).isEqualTo(200);
        assertThat(viaJson.json().get("scope").asString()).isEqualTo("read write");
    }

    @Test
    void unknownGrantTypesAndScopesAreRefused() {
        App app = OAuthFlow.registerApp(client(), "read");

        var password = client().postForm(
                        "/oauth/token",
                        Map.of(
                                "grant_type", "password",
                                "client_id", app.clientId(),
                                "client_secret", app.clientSecret()));
        var tooWide = client().postForm(
                        "/oauth/token",
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                app.clientId(),
                                "client_secret",
                                app.clientSecret(),
                                "scope",
                                "write"));

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().get("error").asString()).isEqualTo("unsupported_grant_type");
        assertThat(tooWide.status()).isEqualTo(400);
        assertThat(tooWide.json().get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void anAppTokenCannotCallUserEndpoints() {
        App app = OAuthFlow.registerApp(client(), "read write");
        String token = OAuthFlow.appToken(client(), app, "read");

        var r = client(token).get("/api/v1/preferences");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").asString()).isEqualTo("This method requires an authenticated user");
    }

    @Test
    void aReadTokenIsRefusedOnAWriteEndpoint() {
        App app = OAuthFlow.registerApp(client(), "read write");
        String readOnly = OAuthFlow.appToken(client(), app, "read");

        var r = client(readOnly)
                .postForm(
                        "/api/v1/accounts",
                        Map.of(
                                "username", "narrow",
                                "email", "narrow@example.test",
                                "password", "long enough pw",
                                "agreement", "true"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").asString()).isEqualTo("This action is outside the authorized scopes");
    }

    @Test
    void aUserTokenFromTheCodeFlowCarriesOnlyTheScopesAskedFor() {
        App app = OAuthFlow.registerApp(client(), "read write");
        String code = codeFor(app, "read:statuses");
        String token = OAuthFlow.exchange(client(), app, code, OAuthFlow.CALLBACK, null)
                .json()
                .get("access_token")
                .asString();

        assertThat(client(token).get("/api/v1/preferences").status()).isEqualTo(403);
        assertThat(client(token).get("/api/v1/apps/verify_credentials").status())
                .isEqualTo(200);
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        App app = OAuthFlow.registerApp(client(), "read");
        String token = OAuthFlow.exchange(client(), app, codeFor(app, "read"), OAuthFlow.CALLBACK, null)
                .json()
                .get("access_token")
                .asString();
        assertThat(client(token).get("/api/v1/preferences").status()).isEqualTo(200);

        var revoked = client().postForm(
                        "/oauth/revoke",
                        Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", token));
        var again = client().postForm(
                        "/oauth/revoke",
                        Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", token));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).isEqualTo("{}");
        assertThat(again.status()).isEqualTo(200);
        var after = client(token).get("/api/v1/preferences");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("error").asString()).isEqualTo("The access token is invalid");
    }

    @Test
    void anAppCannotRevokeAnotherAppsToken() {
        App app = OAuthFlow.registerApp(client(), "read");
        App other = OAuthFlow.registerApp(client(), "read");
        String token = OAuthFlow.appToken(client(), app, "read");

        var r = client().postForm(
                        "/oauth/revoke",
                        Map.of("client_id", other.clientId(), "client_secret", other.clientSecret(), "token", token));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").asString()).isEqualTo("unauthorized_client");
        assertThat(client(token).get("/api/v1/apps/verify_credentials").status())
                .isEqualTo(200);
    }

    @Test
    void serverMetadataDescribesTheEndpoints() {
        var r = client().get("/.well-known/oauth-authorization-server");

        assertThat(r.status()).isEqualTo(200);
        var m = r.json();
        assertThat(m.get("issuer").asString()).isEqualTo("https://junto.test/");
        assertThat(m.get("authorization_endpoint").asString()).isEqualTo("https://junto.test/oauth/authorize");
        assertThat(m.get("token_endpoint").asString()).isEqualTo("https://junto.test/oauth/token");
        assertThat(m.get("revocation_endpoint").asString()).isEqualTo("https://junto.test/oauth/revoke");
        assertThat(m.get("app_registration_endpoint").asString()).isEqualTo("https://junto.test/api/v1/apps");
        assertThat(m.get("service_documentation").asString()).isNotBlank();
        assertThat(m.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(m.get("response_types_supported").toString()).isEqualTo("[\"code\"]");
        assertThat(m.get("grant_types_supported").toString())
                .isEqualTo("[\"authorization_code\",\"client_credentials\"]");
        assertThat(m.get("token_endpoint_auth_methods_supported").toString())
                .contains("client_secret_basic", "client_secret_post");
        assertThat(m.get("scopes_supported").toString()).contains("\"read\"", "\"write:statuses\"", "\"profile\"");
    }
}
