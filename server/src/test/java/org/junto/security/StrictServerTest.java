package org.junto.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.Browser;
import org.junto.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server with the settings the shared test server turns off: API rate limits (a tiny one, 5 requests per 5
 * minutes) and sign-ups that need a moderator's approval. This is the one test class with its own context.
 * Each test comes from its own client address (through the trusted loopback proxy) so their windows do not mix.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "junto.rate-limits.enabled=true",
            "junto.rate-limits.requests=5",
            "junto.rate-limits.period-seconds=300",
            "junto.registrations=approval",
            "junto.domain=strict.test",
            "junto.scheme=https"
        })
class StrictServerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = TestDatabase.fresh();
        String dataDir = Files.createTempDirectory("junto-strict-").toString();
        registry.add("junto.database-url", () -> url);
        registry.add("junto.data-dir", () -> dataDir);
    }

    @Test
    void apiResponsesCarryRateLimitHeadersUntil429() {
        Browser browser = new Browser(port);
        String[] from = {"X-Forwarded-For", "198.51.100.1"};

        Browser.Page first = browser.get("/api/v1/instance", from);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("4");
        Instant reset = Instant.parse(first.header("X-RateLimit-Reset"));
        assertThat(reset).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(301));
        for (int i = 0; i < 4; i++) {
            assertThat(browser.get("/api/v1/instance", from).status()).isEqualTo(200);
        }

        Browser.Page limited = browser.get("/api/v1/instance", from);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"error\":\"Too many requests\"}");
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(browser.get("/api/v1/instance", "X-Forwarded-For", "198.51.100.2")
                        .status())
                .as("another address has its own window")
                .isEqualTo(200);
        assertThat(browser.get("/", from).status())
                .as("web pages are not API calls")
                .isEqualTo(200);
        assertThat(browser.get("/.well-known/nodeinfo", from).status()).isEqualTo(200);
    }

    @Test
    void eachTokenHasItsOwnWindow() {
        Browser browser = new Browser(port);
        String[] from = {"X-Forwarded-For", "198.51.100.3"};
        JsonNode app = JSON.readTree(browser.post(
                        "/api/v1/apps",
                        Map.of("client_name", "Limited", "redirect_uris", "urn:ietf:wg:oauth:2.0:oob"),
                        from)
                .body());
        String token = JSON.readTree(browser.post(
                                "/oauth/token",
                                Map.of(
                                        "grant_type", "client_credentials",
                                        "client_id", app.get("client_id").asString(),
                                        "client_secret",
                                                app.get("client_secret").asString()),
                                from)
                        .body())
                .get("access_token")
                .asString();
        String[] withToken = {"X-Forwarded-For", "198.51.100.3", "Authorization", "Bearer " + token};

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/api/v1/apps/verify_credentials", withToken).status())
                    .isEqualTo(200);
        }
        Browser.Page limited = browser.get("/api/v1/apps/verify_credentials", withToken);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(browser.get("/api/v1/instance", from).header("X-RateLimit-Remaining"))
                .as("the address's window counted only the call without a token")
                .isEqualTo("3");
    }

    @Test
    void theInstanceSaysApprovalIsRequired() {
        Browser browser = new Browser(port);

        JsonNode v2 = JSON.readTree(browser.get("/api/v2/instance", "X-Forwarded-For", "198.51.100.4")
                .body());

        assertThat(v2.get("registrations").get("enabled").asBoolean()).isTrue();
        assertThat(v2.get("registrations").get("approval_required").asBoolean()).isTrue();
        assertThat(v2.get("domain").asString()).isEqualTo("strict.test");
    }

    @Test
    void aWebSignUpWaitsForApprovalAndCannotSignInYet() {
        Browser browser = new Browser(port);
        Browser.Page form = browser.get("/auth/sign_up");
        assertThat(form.body()).contains("Why do you want to join?");

        Browser.Page done = browser.post(
                "/auth/sign_up",
                Map.of(
                        "username", "patient",
                        "email", "patient@example.test",
                        "password", "a good password",
                        "agreement", "1",
                        "reason", "I like the people here",
                        "_csrf", form.csrf()));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Waiting for approval");
        assertThat(browser.signIn("patient", "a good password").location()).endsWith("?error");
    }
}
