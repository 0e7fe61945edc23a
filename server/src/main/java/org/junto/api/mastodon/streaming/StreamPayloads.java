package org.junto.api.mastodon.streaming;

import java.util.List;
import java.util.Optional;
import org.junto.api.mastodon.ConversationRenderer;
import org.junto.api.mastodon.NotificationRenderer;
import org.junto.api.mastodon.StatusRenderer;
import org.junto.directmessages.DirectConversations;
import org.junto.notifications.NotificationTypes;
import org.junto.notifications.Notifications;
import org.junto.statuses.Statuses;
import org.junto.streaming.StreamEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload of a stream event as Mastodon sends it: the entity rendered for the receiving viewer (so that flags
 * like {@code favourited} are theirs) and JSON-encoded, or the bare id for {@code delete}. Empty when the subject
 * went away in the meantime, or for events the Mastodon door does not carry ({@code junto.counts}).
 */
@Component
class StreamPayloads {
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

    Optional<String> render(StreamEvent event, long viewer) {
        long id = event.subjectId();
        return switch (event.event()) {
            case "update", "status.update" ->
                statuses.byId(id)
                        .map(s -> statusRenderer.render(List.of(s), viewer))
                        .flatMap(this::first);
            case "delete" -> Optional.of(Long.toString(id));
            case "notification" ->
                notifications
                        .byId(viewer, id)
                        .filter(n -> !NotificationTypes.JUNTO_ONLY.contains(n.type()))
                        .map(n -> notificationRenderer.render(List.of(n), viewer))
                        .flatMap(this::first);
            case "conversation" ->
                conversations
                        .byId(viewer, id)
                        .map(c -> conversationRenderer.render(List.of(c), viewer))
                        .flatMap(this::first);
            default -> Optional.empty();
        };
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    private Optional<String> first(List<?> rendered) {
        return rendered.isEmpty() ? Optional.empty() : Optional.of(json.writeValueAsString(rendered.getFirst()));
    }
}
