package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.OAuthFlow;
import org.springframework.test.context.TestPropertySource;

/** With registrations by approval, a new person gets a token that answers Mastodon's 403 until approved. */
@TestPropertySource(properties = "junto.registrations=approval")
class ApprovalRegistrationTest extends ApiTest {

    @Test
    void aPendingLoginGetsMastodonsForbiddenWithTheReason() {
        String app = OAuthFlow.appToken(client(), OAuthFlow.registerApp(client(), "read write"), "read write");
        var signUp = client(app)
                .postForm(
                        "/api/v1/accounts",
                        Map.of(
                                "username", "waiting" + System.nanoTime() % 100000,
                                "email", "waiting" + System.nanoTime() + "@example.test",
                                "password", "a good password",
                                "agreement", "1",
                                "reason", "I would like to help"));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(200);
        String token = signUp.json().get("access_token").asString();

        var me = client(token).get("/api/v1/accounts/verify_credentials");
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.json().get("error").asString()).isEqualTo("Your login is currently pending approval");

        var post = client(token).postForm("/api/v1/statuses", Map.of("status", "too early"));
        assertThat(post.status()).isEqualTo(403);

        assertThat(client("not-a-token").get("/api/v1/timelines/public").status())
                .isEqualTo(401);
    }
}
