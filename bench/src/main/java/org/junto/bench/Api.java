package org.junto.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Mastodon client API calls the scenarios make, over one shared HTTP/1.1 client. */
final class Api implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final URI base;
    private final HttpClient http;

    Api(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(TIMEOUT)
                .build();
    }

    URI base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    CompletableFuture<HttpResponse<String>> get(String token, String path) {
        return http.sendAsync(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> post(String token, String path, String form) {
        return http.sendAsync(
                request(token, path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a public status; completes with its id. */
    CompletableFuture<Long> postStatus(String token, String text) {
        return post(
                        token,
                        "/api/v1/statuses",
                        "visibility=public&status=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .thenApply(r -> {
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("POST /api/v1/statuses: " + r.statusCode() + " " + r.body());
                    }
                    return JSON.readTree(r.body()).get("id").asLong();
                });
    }

    /** Whether {@code statusId} is in the home timeline of the token's owner yet. */
    boolean homeHas(String token, long statusId) throws Exception {
        HttpResponse<String> r = get(token, "/api/v1/timelines/home?limit=40&min_id=" + (statusId - 1))
                .get();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/timelines/home: " + r.statusCode());
        }
        for (JsonNode status : JSON.readTree(r.body())) {
            if (status.get("id").asLong() == statusId) {
                return true;
            }
        }
        return false;
    }

    static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        http.close();
    }
}
