package org.junto.api.mastodon.streaming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junto.api.mastodon.ConversationRenderer;
import org.junto.api.mastodon.NotificationRenderer;
import org.junto.api.mastodon.StatusRenderer;
import org.junto.directmessages.DirectConversations;
import org.junto.notifications.NotificationTypes;
import org.junto.notifications.Notifications;
import org.junto.statuses.Statuses;
import org.junto.streaming.Stream;
import org.junto.streaming.StreamEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload of a stream event as Mastodon sends it: the entity rendered for the receiving viewer (so that flags
 * like {@code favourited} are theirs) and JSON-encoded, or the bare id for {@code delete}. Empty when the subject
 * went away in the meantime. A status is rendered and encoded once per event for all its recipients (they differ
 * only in their own flags, read for all of them at once), not once per connection; notifications and conversations,
 * which belong to one viewer, once per viewer.
 */
@Component
class StreamPayloads {
    /** The events the Mastodon door sends; Junto's own ({@code junto.counts}) are left to the web app. */
    private static final Set<String> CARRIED =
            Set.of("update", "status.update", "delete", "notification", "conversation");

    private final Statuses statuses;
    private final StatusRenderer statusRenderer;
    private final Notifications notifications;
    private final NotificationRenderer notificationRenderer;
    private final DirectConversations conversations;
    private final ConversationRenderer conversationRenderer;
    private final JsonMapper json;

    StreamPayloads(
            Statuses statuses,
            StatusRenderer statusRenderer,
            Notifications notifications,
            NotificationRenderer notificationRenderer,
            DirectConversations conversations,
            ConversationRenderer conversationRenderer,
            JsonMapper json) {
        this.statuses = statuses;
        this.statusRenderer = statusRenderer;
        this.notifications = notifications;
        this.notificationRenderer = notificationRenderer;
        this.conversations = conversations;
        this.conversationRenderer = conversationRenderer;
        this.json = json;
    }

    static boolean carries(StreamEvent event) {
        return CARRIED.contains(event.event());
    }

    /** What one door works out once per delivery, keyed so that other doors' shared values never collide. */
    private record Shared(String what, long id, long viewer) {}

    /**
     * An encoded payload, shared by every recipient who gets the same one; the WebSocket door's envelope around it
     * ({@code {"stream":[…],"event":…,"payload":…}}) is built once per stream, not once per connection.
     */
    final class Payload {
        final String json;
        private final Map<Stream, String> envelopes = new ConcurrentHashMap<>(2);

        private Payload(String json) {
            this.json = json;
        }

        String envelope(StreamEvent event) {
            String envelope = envelopes.get(event.stream());
            return envelope != null
                    ? envelope
                    : envelopes.computeIfAbsent(event.stream(), stream -> {
                        Map<String, Object> message = new LinkedHashMap<>();
                        message.put("stream", StreamRequest.names(stream));
                        message.put("event", event.event());
                        message.put("payload", json);
                        return json(message);
                    });
        }
    }

    Optional<Payload> render(StreamEvent event, long viewer) {
        long id = event.subjectId();
        return switch (event.event()) {
            case "update", "status.update" -> status(event).forViewer(viewer);
            case "delete" ->
                event.delivery().once(new Shared("mastodon.delete", id, 0), () -> payload(Long.toString(id)));
            case "notification" ->
                event.delivery()
                        .once(
                                new Shared("mastodon.notification", id, viewer),
                                () -> notifications
                                        .byId(viewer, id)
                                        .filter(n -> !NotificationTypes.JUNTO_ONLY.contains(n.type()))
                                        .map(n -> notificationRenderer.render(List.of(n), viewer))
                                        .flatMap(this::first));
            case "conversation" ->
                event.delivery()
                        .once(
                                new Shared("mastodon.conversation", id, viewer),
                                () -> conversations
                                        .byId(viewer, id)
                                        .map(c -> conversationRenderer.render(List.of(c), viewer))
                                        .flatMap(this::first));
            default -> Optional.empty();
        };
    }

    private StatusPayload status(StreamEvent event) {
        long id = event.subjectId();
        return event.delivery()
                .once(
                        new Shared("mastodon.status", id, 0),
                        () -> new StatusPayload(statuses.byId(id)
                                .map(s -> statusRenderer.renderForViewers(
                                        s, event.delivery().viewers()))
                                .orElse(null)));
    }

    /**
     * A status rendered for all of an event's recipients, encoded once per distinct set of viewer flags. Most
     * recipients have none set; their payload is encoded up front, while the other recipients' writers wait.
     */
    private final class StatusPayload {
        private final StatusRenderer.ForViewers rendered;
        private final Optional<Payload> common;
        private final Map<StatusRenderer.Variant, Optional<Payload>> others = new ConcurrentHashMap<>(2);

        StatusPayload(StatusRenderer.ForViewers rendered) {
            this.rendered = rendered;
            this.common = rendered == null || !rendered.isShared()
                    ? Optional.empty()
                    : encoded(rendered.entity(StatusRenderer.Variant.NONE));
        }

        Optional<Payload> forViewer(long viewer) {
            if (rendered == null) {
                return Optional.empty();
            }
            StatusRenderer.Variant variant = rendered.variant(viewer);
            if (variant.equals(StatusRenderer.Variant.NONE)) {
                return common;
            }
            return others.computeIfAbsent(variant, v -> encoded(rendered.entity(v)));
        }
    }

    private Optional<Payload> encoded(Object entity) {
        return entity == null ? Optional.empty() : payload(json(entity));
    }

    private Optional<Payload> payload(String json) {
        return Optional.of(new Payload(json));
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    private Optional<Payload> first(List<?> rendered) {
        return rendered.isEmpty() ? Optional.empty() : payload(json.writeValueAsString(rendered.getFirst()));
    }
}
