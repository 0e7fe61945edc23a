package org.junto.markers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

class MarkersApiTest extends ApiTest {

    @Test
    void roundTripByFormAndJson() {
        var alice = fixtures.user("alice");
        var client = client(alice.token());
        assertThat(client.get("/api/v1/markers?timeline%5B%5D=home").json()).isEmpty();
        assertThat(client.get("/api/v1/markers").json()).isEmpty();

        var saved = client.postForm("/api/v1/markers", Map.of("home[last_read_id]", "1001"));
        assertThat(saved.status()).isEqualTo(200);
        JsonNode home = saved.json().get("home");
        assertThat(home.get("last_read_id").asString()).isEqualTo("1001");
        assertThat(home.get("updated_at").asString()).endsWith("Z");
        int first = home.get("version").asInt();
        assertThat(saved.json().has("notifications")).isFalse();

        var json = client.postJson(
                "/api/v1/markers",
                Map.of("home", Map.of("last_read_id", "1002"), "notifications", Map.of("last_read_id", 77)));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("home").get("last_read_id").asString()).isEqualTo("1002");
        assertThat(json.json().get("home").get("version").asInt()).isEqualTo(first + 1);
        assertThat(json.json().get("notifications").get("last_read_id").asString())
                .isEqualTo("77");

        JsonNode both = client.get("/api/v1/markers?timeline%5B%5D=home&timeline%5B%5D=notifications")
                .json();
        assertThat(both.get("home").get("last_read_id").asString()).isEqualTo("1002");
        assertThat(both.get("home").get("version").asInt()).isEqualTo(first + 1);
        assertThat(both.get("notifications").get("last_read_id").asString()).isEqualTo("77");
        JsonNode onlyNotifications = client.get("/api/v1/markers?timeline[]=notifications".replace("[]", "%5B%5D"))
                .json();
        assertThat(onlyNotifications.has("home")).isFalse();
        assertThat(onlyNotifications.has("notifications")).isTrue();

        // another account sees only its own markers
        var bob = fixtures.user("bob");
        assertThat(client(bob.token())
                        .get("/api/v1/markers?timeline%5B%5D=home")
                        .json())
                .isEmpty();
        assertThat(client().get("/api/v1/markers").status()).isEqualTo(401);
        assertThat(client.postForm("/api/v1/markers", Map.of("home[last_read_id]", "abc"))
                        .status())
                .isEqualTo(422);
    }

    /** Many clients send {@code timeline[]=home} with the brackets unencoded; the server must take it. */
    @Test
    void acceptsUnencodedBracketsInTheQuery() throws Exception {
        var alice = fixtures.user("alice");
        client(alice.token()).postForm("/api/v1/markers", Map.of("home[last_read_id]", "5"));
        @SuppressWarnings("deprecation")
        var url = new java.net.URL("http://127.0.0.1:" + port + "/api/v1/markers?timeline[]=home");
        var connection = (java.net.HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + alice.token());
        assertThat(connection.getResponseCode()).isEqualTo(200);
        try (var in = connection.getInputStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"last_read_id\":\"5\"");
        }
    }
}
