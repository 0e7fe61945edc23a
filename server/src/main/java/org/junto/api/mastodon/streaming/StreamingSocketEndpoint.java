package org.junto.api.mastodon.streaming;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/**
 * One streaming WebSocket as Tomcat's container sees it: opens the {@link WebSocketConnection} and passes it the
 * client's text messages; the connection ends when the socket closes or fails. Binary messages have no handler, so
 * Tomcat closes a socket that sends one.
 */
final class StreamingSocketEndpoint extends Endpoint implements MessageHandler.Whole<String> {
    private final StreamingSocketHandler handler;
    private volatile WebSocketConnection connection;

    StreamingSocketEndpoint(StreamingSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        connection = handler.open(session);
        session.addMessageHandler(String.class, this);
    }

    @Override
    public void onMessage(String message) {
        WebSocketConnection c = connection;
        if (c != null) {
            handler.receive(c, message);
        }
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        end();
    }

    @Override
    public void onError(Session session, Throwable failure) {
        end();
    }

    private void end() {
        WebSocketConnection c = connection;
        if (c != null) {
            c.close("Closed");
        }
    }
}
