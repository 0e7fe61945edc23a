package org.junto.api.mastodon.streaming;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.StreamEvent;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** A WebSocket connection: each event is one text message {@code {"stream":[…],"event":…,"payload":…}}. */
final class WebSocketConnection extends Connection {
    private final WebSocketSession session;
    private final StreamPayloads payloads;

    WebSocketConnection(
            WebSocketSession session,
            Caller caller,
            LiveStreams streams,
            StreamPayloads payloads,
            OpenConnections registry) {
        super(caller, streams, payloads, registry);
        this.session = session;
        this.payloads = payloads;
    }

    @Override
    void sendEvent(StreamEvent event, StreamPayloads.Payload payload) throws Exception {
        session.sendMessage(new TextMessage(payload.envelope(event)));
    }

    @Override
    void sendRaw(String text) throws Exception {
        session.sendMessage(new TextMessage(text));
    }

    @Override
    void sendHeartbeat() throws Exception {
        session.sendMessage(new PingMessage());
    }

    /** Sends Mastodon's error message for a refused subscription; the socket stays open. */
    void sendError(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", message);
        error.put("status", status);
        offer(new Raw(payloads.json(error)));
    }

    @Override
    void endTransport(String reason) {
        try {
            if (session.isOpen()) {
                session.close(CloseStatus.POLICY_VIOLATION.withReason(reason));
            }
        } catch (Exception e) {
            // Already gone; nothing left to end.
        }
    }
}
