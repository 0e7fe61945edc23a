package org.junto.api.mastodon.streaming;

import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon's streaming API over one WebSocket: the stream named in the query on connect, then
 * {@code {"type":"subscribe"|"unsubscribe","stream":…,"tag":…,"list":…}} messages. A refused subscription is answered
 * with {@code {"error":…,"status":…}} and the socket stays open; a message that is not such a request is ignored, as
 * Mastodon ignores it.
 */
@Component
class StreamingSocketHandler extends TextWebSocketHandler {
    static final String CALLER = "junto.caller";
    private static final String CONNECTION = "junto.connection";
    private final LiveStreams streams;
    private final StreamPayloads payloads;
    private final OpenConnections registry;
    private final JsonMapper json;
    private final Groups groups;

    StreamingSocketHandler(
            LiveStreams streams, StreamPayloads payloads, OpenConnections registry, JsonMapper json, Groups groups) {
        this.streams = streams;
        this.groups = groups;
        this.payloads = payloads;
        this.registry = registry;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Caller caller = (Caller) session.getAttributes().get(CALLER);
        WebSocketConnection connection = new WebSocketConnection(session, caller, streams, payloads, registry);
        session.getAttributes().put(CONNECTION, connection);
        var query = UriComponentsBuilder.fromUri(session.getUri()).build().getQueryParams();
        String name = query.getFirst("stream");
        if (name != null) {
            change(
                    connection,
                    true,
                    decode(name),
                    decode(query.getFirst("tag")),
                    decode(query.getFirst("list")),
                    decode(query.getFirst("group")));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        WebSocketConnection connection =
                (WebSocketConnection) session.getAttributes().get(CONNECTION);
        JsonNode request;
        try {
            request = json.readTree(message.getPayload());
        } catch (RuntimeException e) {
            return;
        }
        if (connection == null || request == null || !request.isObject()) {
            return;
        }
        String type = text(request, "type");
        if ("subscribe".equals(type) || "unsubscribe".equals(type)) {
            change(
                    connection,
                    type.equals("subscribe"),
                    text(request, "stream"),
                    text(request, "tag"),
                    text(request, "list"),
                    text(request, "group"));
        }
    }

    private void change(
            WebSocketConnection connection, boolean subscribe, String name, String tag, String list, String group) {
        try {
            Stream stream = StreamRequest.parse(name, tag, list, group);
            StreamRequest.authorize(connection.caller, stream, groups);
            if (subscribe) {
                connection.subscription.add(stream);
            } else {
                connection.subscription.remove(stream);
            }
        } catch (JuntoException e) {
            connection.sendError(e.kind().status, e.getMessage());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        closeConnection(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        closeConnection(session);
    }

    private static void closeConnection(WebSocketSession session) {
        if (session.getAttributes().get(CONNECTION) instanceof Connection c) {
            c.close("Closed");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String decode(String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
