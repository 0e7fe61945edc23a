package org.junto.api.mastodon.streaming;

import java.nio.charset.StandardCharsets;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.StreamEvent;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A server-sent events connection: {@code event: name} and {@code data: payload} per event, {@code :thump} comments
 * as heartbeats. The request is asynchronous and never times out, so no thread waits on it while it is idle.
 */
final class SseConnection extends Connection {
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    final SseEmitter emitter = new SseEmitter(0L);

    SseConnection(Caller caller, LiveStreams streams, StreamPayloads payloads, OpenConnections registry) {
        super(caller, streams, payloads, registry);
        emitter.onCompletion(() -> close("Completed"));
        emitter.onTimeout(() -> close("Timed out"));
        emitter.onError(e -> close("Failed"));
    }

    @Override
    void sendEvent(StreamEvent event, StreamPayloads.Payload payload) throws Exception {
        emitter.send(SseEmitter.event().name(event.event()).data(payload.json, TEXT));
    }

    @Override
    void sendRaw(String text) throws Exception {
        emitter.send(SseEmitter.event().comment(text));
    }

    @Override
    void sendHeartbeat() throws Exception {
        emitter.send(SseEmitter.event().comment("thump"));
    }

    @Override
    void endTransport(String reason) {
        try {
            emitter.complete();
        } catch (RuntimeException e) {
            // Already completed.
        }
    }
}
