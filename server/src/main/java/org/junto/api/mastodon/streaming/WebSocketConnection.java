package org.junto.api.mastodon.streaming;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.StreamEvent;

/**
 * A WebSocket connection on Tomcat's Jakarta session: each event is one text message
 * {@code {"stream":[…],"event":…,"payload":…}}. Only the writer thread sends (the connection's queue orders
 * everything), so the blocking basic remote is used.
 */
final class WebSocketConnection extends Connection {
    private final Session session;
    private final StreamPayloads payloads;

    WebSocketConnection(
            Session session, Caller caller, LiveStreams streams, StreamPayloads payloads, OpenConnections registry) {
        super(caller, streams, payloads, registry);
        this.session = session;
        this.payloads = payloads;
    }

    @Override
    void sendEvent(StreamEvent event, StreamPayloads.Payload payload) throws Exception {
        session.getBasicRemote().sendText(payload.envelope(event));
    }

    @Override
    void sendRaw(String text) throws Exception {
        session.getBasicRemote().sendText(text);
    }

    @Override
    void sendHeartbeat() throws Exception {
        session.getBasicRemote().sendPing(ByteBuffer.allocate(0));
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
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
            }
        } catch (Exception e) {
            // Already gone; nothing left to end.
        }
    }
}
