package org.junto.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;

/** Browsers on any origin may call the API, the token endpoints and the well-known documents, as on Mastodon. */
class CorsTest extends ApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> preflight(String path, String method) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://webclient.example")
                        .header("Access-Control-Request-Method", method)
                        .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void preflightsAllowAnyOriginWithTheHeadersClientsSend() throws Exception {
        for (String path :
                new String[] {"/api/v1/statuses", "/oauth/token", "/oauth/revoke", "/.well-known/nodeinfo"}) {
            HttpResponse<String> r = preflight(path, "POST");

            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).isIn("*", "https://webclient.example"));
            assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
                    .as(path)
                    .contains("POST");
            assertThat(r.headers()
                            .firstValue("Access-Control-Allow-Headers")
                            .orElse("")
                            .toLowerCase())
                    .as(path)
                    .contains("authorization", "content-type", "idempotency-key");
        }
    }

    @Test
    void realRequestsExposeTheLinkHeader() {
        var r = client().header("Origin", "https://webclient.example").get("/api/v1/instance");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isIn("*", "https://webclient.example");
        assertThat(r.header("Access-Control-Expose-Headers")).contains("Link");
        assertThat(r.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void theConsentPageIsNotOpenToOtherOrigins() throws Exception {
        HttpResponse<String> r = preflight("/oauth/authorize", "POST");

        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
