package org.junto.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Many Mastodon streaming clients: each a WebSocket to {@code /api/v1/streaming?stream=user} authenticated with its
 * token as the {@code access_token} query parameter, as the Mastodon documentation describes. Every text message
 * (an event envelope {@code {"stream":[…],"event":"update","payload":"…"}}) is handed to a shared consumer.
 */
final class StreamClients implements AutoCloseable {
    private final List<WebSocket> sockets = new ArrayList<>();
    private final AtomicLong failures = new AtomicLong();
    private final HttpClient http;

    StreamClients(HttpClient http) {
        this.http = http;
    }

    static URI userStream(URI base, String token) {
        return URI.create("ws://" + base.getAuthority() + "/api/v1/streaming?stream=user&access_token=" + token);
    }

    /** Opens one stream per token, at most {@code parallel} handshakes at a time; returns how many opened. */
    int open(URI base, String[] tokens, int parallel, Consumer<String> onMessage) throws InterruptedException {
        Semaphore inFlight = new Semaphore(parallel);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (String token : tokens) {
            inFlight.acquire();
            all.add(http.newWebSocketBuilder()
                    .buildAsync(userStream(base, token), new Listener(onMessage))
                    .handle((socket, failure) -> {
                        inFlight.release();
                        if (failure != null) {
                            failures.incrementAndGet();
                        } else {
                            synchronized (sockets) {
                                sockets.add(socket);
                            }
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .orTimeout(5, TimeUnit.MINUTES)
                .join();
        return sockets.size();
    }

    long failures() {
        return failures.get();
    }

    @Override
    public void close() {
        synchronized (sockets) {
            sockets.forEach(WebSocket::abort);
            sockets.clear();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                onMessage.accept(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
