package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.OAuthFlow;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/apps} and {@code GET /api/v1/apps/verify_credentials}. */
class AppsApiTest extends ApiTest {

    @Test
    void registeringReturnsTheCredentialApplication() {
        var r = client().postJson(
                        "/api/v1/apps",
                        Map.of(
                                "client_name", "Test Application",
                                "redirect_uris",
                                        List.of("https://app.example/callback", "https://app.example/register"),
                                "scopes", "read write push",
                                "website", "https://app.example"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode app = r.json();
        assertThat(app.get("id").isString()).isTrue();
        assertThat(app.get("name").asString()).isEqualTo("Test Application");
        assertThat(app.get("website").asString()).isEqualTo("https://app.example");
        assertThat(app.get("scopes").toString()).isEqualTo("[\"read\",\"write\",\"push\"]");
        assertThat(app.get("redirect_uri").asString())
                .isEqualTo("https://app.example/callback\nhttps://app.example/register");
        assertThat(app.get("redirect_uris").toString())
                .isEqualTo("[\"https://app.example/callback\",\"https://app.example/register\"]");
        assertThat(app.get("client_id").asString()).hasSizeGreaterThan(20);
        assertThat(app.get("client_secret").asString()).hasSizeGreaterThan(20);
        assertThat(app.get("client_secret_expires_at").asInt()).isZero();
    }

    @Test
    void formParametersWorkWithNewlineSeparatedUrisAndDefaultScopes() {
        var r = client().postForm(
                        "/api/v1/apps",
                        Map.of(
                                "client_name",
                                "Form app",
                                "redirect_uris",
                                "urn:ietf:wg:oauth:2.0:oob\nmyapp://callback"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("redirect_uris").toString())
                .isEqualTo("[\"urn:ietf:wg:oauth:2.0:oob\",\"myapp://callback\"]");
        assertThat(r.json().get("scopes").toString()).isEqualTo("[\"read\"]");
        assertThat(r.json().get("website").isNull()).isTrue();
    }

    @Test
    void arrayFormParametersAndQueryParametersWork() {
        var form = client().postForm(
                        "/api/v1/apps?client_name=Query%20app",
                        Map.of("redirect_uris[]", OAuthFlow.OOB, "scopes", "read"));

        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().get("name").asString()).isEqualTo("Query app");
        assertThat(form.json().get("redirect_uris").toString()).isEqualTo("[\"urn:ietf:wg:oauth:2.0:oob\"]");
    }

    @Test
    void invalidRegistrationsAre422() {
        var noName = client().postForm("/api/v1/apps", Map.of("redirect_uris", OAuthFlow.OOB));
        var relative = client().postForm("/api/v1/apps", Map.of("client_name", "x", "redirect_uris", "/callback"));
        var noUri = client().postForm("/api/v1/apps", Map.of("client_name", "x"));
        var badScope = client().postForm(
                        "/api/v1/apps",
                        Map.of("client_name", "x", "redirect_uris", OAuthFlow.OOB, "scopes", "read everything"));
        var badSite = client().postForm(
                        "/api/v1/apps",
                        Map.of("client_name", "x", "redirect_uris", OAuthFlow.OOB, "website", "javascript:alert(1)"));

        for (var r : List.of(noName, relative, noUri, badScope, badSite)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.json().get("error").asString()).startsWith("Validation failed");
        }
        assertThat(relative.json().get("error").asString())
                .isEqualTo("Validation failed: Redirect URI must be an absolute URI.");
    }

    @Test
    void verifyCredentialsShowsTheAppWithoutItsSecrets() {
        var app = OAuthFlow.registerApp(client(), "read write");
        String token = OAuthFlow.appToken(client(), app, "read");

        var r = client(token).get("/api/v1/apps/verify_credentials");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asString()).isEqualTo(app.id());
        assertThat(r.json().get("name").asString()).isEqualTo("Test app");
        assertThat(r.json().get("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
        assertThat(r.json().has("client_id")).isFalse();
        assertThat(r.json().has("client_secret")).isFalse();
    }

    @Test
    void verifyCredentialsNeedsAValidToken() {
        var none = client().get("/api/v1/apps/verify_credentials");
        var bogus = client("not-a-token").get("/api/v1/apps/verify_credentials");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("error").asString()).isEqualTo("The access token is invalid");
        assertThat(bogus.status()).isEqualTo(401);
    }
}
