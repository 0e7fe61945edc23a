package org.junto.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A plain streaming HTTP read of a server-sent events endpoint: each event ({@code event:} and {@code data:} lines up
 * to a blank line) and each comment line is queued as it arrives.
 */
public final class LiveSse implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final java.util.List<Event> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final HttpResponse<Stream<String>> response;

    /** An SSE event, or a comment (event "comment", data its text). */
    public record Event(String event, String data) {}

    private LiveSse(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread.ofVirtual().start(this::read);
    }

    public static LiveSse open(int port, String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new LiveSse(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private void read() {
        String event = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith(":")) {
                    received.add(new Event("comment", line.substring(1)));
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && event != null) {
                    received.add(new Event(event, data.toString()));
                    event = null;
                    data.setLength(0);
                }
            }
        } catch (RuntimeException e) {
            // The stream was closed.
        } finally {
            ended.complete(null);
        }
    }

    /**
     * The first message received so far (or within {@code seconds}) that matches {@code test}; messages are kept until
     * {@link #drain}, so the order in which a test waits for them does not matter.
     */
    public Event await(Predicate<Event> test, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            for (Event m : received) {
                if (test.test(m)) {
                    return m;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No matching message within " + seconds + " s: " + received);
    }

    public java.util.List<Event> drain() {
        java.util.List<Event> out = new java.util.ArrayList<>();
        out.addAll(received);
        received.removeAll(out);
        return out;
    }

    /** True once the server ended the response within {@code seconds}. */
    public boolean awaitEnd(int seconds) {
        try {
            ended.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        Thread.ofVirtual().start(() -> response.body().close());
    }
}
