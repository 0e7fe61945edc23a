package org.junto.api.mastodon.streaming;

import jakarta.websocket.Session;
import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon's streaming API over one WebSocket: the stream named in the query on connect, then
 * {@code {"type":"subscribe"|"unsubscribe","stream":…,"tag":…,"list":…}} messages. A refused subscription is answered
 * with {@code {"error":…,"status":…}} and the socket stays open; a message that is not such a request is ignored, as
 * Mastodon ignores it.
 */
@Component
class StreamingSocketHandler {
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

    /**
     * Opens the stream of a socket whose handshake {@link StreamingSocketDoor} accepted, with the stream named on
     * connect.
     */
    WebSocketConnection open(Session session) {
        StreamingHandshake handshake = (StreamingHandshake) session.getUserPrincipal();
        WebSocketConnection connection =
                new WebSocketConnection(session, handshake.caller(), streams, payloads, registry);
        if (handshake.stream() != null) {
            change(connection, true, handshake.stream(), handshake.tag(), handshake.list(), handshake.group());
        }
        return connection;
    }

    /** A text message from the client: a subscribe or unsubscribe request, or anything else, which is ignored. */
    void receive(WebSocketConnection connection, String message) {
        JsonNode request;
        try {
            request = json.readTree(message);
        } catch (RuntimeException e) {
            return;
        }
        if (request == null || !request.isObject()) {
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
