package org.junto.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (Java's own) on the streaming API, collecting the text messages it receives. */
public final class LiveSocket implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final java.util.List<JsonNode> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private final String protocol;

    private LiveSocket(int port, String query, String bearer, String protocol) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (protocol != null) {
            builder.subprotocols(protocol);
        }
        this.socket = builder.buildAsync(
                        URI.create("ws://127.0.0.1:" + port + "/api/v1/streaming" + query), new Listener())
                .join();
        this.protocol = socket.getSubprotocol();
    }

    /** Connects with the token in the Authorization header; {@code query} starts with "?" or is empty. */
    public static LiveSocket withHeader(int port, String token, String query) {
        return new LiveSocket(port, query, token, null);
    }

    /** Connects with the token as the Sec-WebSocket-Protocol, as browsers do. */
    public static LiveSocket withProtocol(int port, String token, String query) {
        return new LiveSocket(port, query, null, token);
    }

    /** Connects with no token in headers (the query may carry access_token). */
    public static LiveSocket plain(int port, String query) {
        return new LiveSocket(port, query, null, null);
    }

    public String acceptedProtocol() {
        return protocol;
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void subscribe(String stream) {
        send("{\"type\":\"subscribe\",\"stream\":\"" + stream + "\"}");
    }

    /**
     * The first message received so far (or within {@code seconds}) that matches {@code test}; messages are kept until
     * {@link #drain}, so the order in which a test waits for them does not matter.
     */
    public JsonNode await(Predicate<JsonNode> test, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            for (JsonNode m : received) {
                if (test.test(m)) {
                    return m;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No matching message within " + seconds + " s: " + received);
    }

    public java.util.List<JsonNode> drain() {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        out.addAll(received);
        received.removeAll(out);
        return out;
    }

    /** The close code, once the server has closed the socket within {@code timeout}. */
    public int awaitClose(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.abort();
        }
    }

    /** A status (update) payload of a message: the JSON-encoded string decoded. */
    public static JsonNode payload(JsonNode message) {
        return JSON.readTree(message.get("payload").asString());
    }

    public static Predicate<JsonNode> event(String event, String stream) {
        return m -> m.has("event")
                && m.get("event").asString().equals(event)
                && m.get("stream").get(0).asString().equals(stream);
    }

    public static Predicate<JsonNode> statusEvent(String event, String stream, long statusId) {
        return event(event, stream)
                .and(m -> m.get("payload").isString()
                        && (event.equals("delete")
                                ? m.get("payload").asString().equals(Long.toString(statusId))
                                : payload(m).get("id").asString().equals(Long.toString(statusId))));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
