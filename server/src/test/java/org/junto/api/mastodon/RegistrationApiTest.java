package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.OAuthFlow;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/accounts}: sign-up by an app with a client credentials token. */
class RegistrationApiTest extends ApiTest {

    private String appToken(String scopes) {
        return OAuthFlow.appToken(client(), OAuthFlow.registerApp(client(), "read write follow"), scopes);
    }

    @Test
    void anAppTokenSignsAPersonUpAndGetsTheirToken() {
        String appToken = appToken("read write");

        var r = client(appToken)
                .postForm(
                        "/api/v1/accounts",
                        Map.of(
                                "username", "newcomer1",
                                "email", "newcomer1@example.test",
                                "password", "a good password",
                                "agreement", "true",
                                "locale", "de"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode token = r.json();
        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.get("scope").asString()).isEqualTo("read write");
        assertThat(token.get("created_at").asLong()).isPositive();
        var prefs = client(token.get("access_token").asString()).get("/api/v1/preferences");
        assertThat(prefs.status()).as(prefs.toString()).isEqualTo(200);
        assertThat(prefs.json().get("posting:default:visibility").asString()).isEqualTo("public");
    }

    @Test
    void jsonBodiesWorkToo() {
        var r = client(appToken("write:accounts"))
                .postJson(
                        "/api/v1/accounts",
                        Map.of(
                                "username", "jsonperson",
                                "email", "jsonperson@example.test",
                                "password", "a good password",
                                "agreement", true));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("scope").asString()).isEqualTo("write:accounts");
    }

    @Test
    void everyProblemIsReportedWithMastodonsDetails() {
        var taken = fixtures.user("taken");

        var r = client(appToken("write"))
                .postForm(
                        "/api/v1/accounts",
                        Map.of("username", taken.username(), "email", "not-an-email", "password", "short"));

        assertThat(r.status()).isEqualTo(422);
        JsonNode body = r.json();
        assertThat(body.get("error").asString())
                .startsWith("Validation failed: ")
                .contains("Username is already taken")
                .contains("Agreement must be accepted");
        JsonNode details = body.get("details");
        assertThat(details.get("username").get(0).get("error").asString()).isEqualTo("ERR_TAKEN");
        assertThat(details.get("email").get(0).get("error").asString()).isEqualTo("ERR_INVALID");
        assertThat(details.get("password").get(0).get("error").asString()).isEqualTo("ERR_TOO_SHORT");
        assertThat(details.get("agreement").get(0).get("error").asString()).isEqualTo("ERR_ACCEPTED");
        assertThat(details.get("agreement").get(0).get("description").asString())
                .isEqualTo("must be accepted");
    }

    @Test
    void aUserTokenOrNoTokenCannotRegister() {
        var user = fixtures.user("someone");
        Map<String, String> form = Map.of(
                "username",
                "viauser",
                "email",
                "viauser@example.test",
                "password",
                "a good password",
                "agreement",
                "1");

        var withUser = client(user.token()).postForm("/api/v1/accounts", form);
        var anonymous = client().postForm("/api/v1/accounts", form);

        assertThat(withUser.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asString()).isEqualTo("The access token is invalid");
    }
}
