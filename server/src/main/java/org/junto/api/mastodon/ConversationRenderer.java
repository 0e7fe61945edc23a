package org.junto.api.mastodon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junto.directmessages.DirectConversation;
import org.junto.directmessages.DirectConversations;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/** Builds Conversation entities for the conversations API and the direct stream. */
@Component
public class ConversationRenderer {
    private final DirectConversations conversations;
    private final Statuses statuses;
    private final AccountRenderer accounts;
    private final StatusRenderer statusRenderer;

    ConversationRenderer(
            DirectConversations conversations,
            Statuses statuses,
            AccountRenderer accounts,
            StatusRenderer statusRenderer) {
        this.conversations = conversations;
        this.statuses = statuses;
        this.accounts = accounts;
        this.statusRenderer = statusRenderer;
    }

    /**
     * The other participants (yourself when you wrote only to yourself, as Mastodon shows it) and the last status,
     * left null if you may no longer see it.
     */
    public List<ConversationEntity> render(List<DirectConversation> rows, long viewer) {
        Set<Long> people = new LinkedHashSet<>();
        Set<Long> lastIds = new LinkedHashSet<>();
        for (DirectConversation c : rows) {
            people.addAll(c.participantIds().isEmpty() ? List.of(viewer) : c.participantIds());
            lastIds.add(c.lastStatusId());
        }
        Map<String, AccountEntity> rendered = accounts.renderIds(List.copyOf(people)).stream()
                .collect(Collectors.toMap(AccountEntity::id, Function.identity()));
        Set<Long> visible = conversations.visible(viewer, lastIds);
        Map<String, StatusEntity> lastStatuses =
                statusRenderer.render(new ArrayList<>(statuses.byIds(visible).values()), viewer).stream()
                        .collect(Collectors.toMap(StatusEntity::id, Function.identity()));
        List<ConversationEntity> out = new ArrayList<>();
        for (DirectConversation c : rows) {
            List<AccountEntity> participants = (c.participantIds().isEmpty() ? List.of(viewer) : c.participantIds())
                    .stream()
                            .map(pid -> rendered.get(Long.toString(pid)))
                            .filter(a -> a != null)
                            .toList();
            out.add(new ConversationEntity(
                    Long.toString(c.id()),
                    c.unread(),
                    participants,
                    lastStatuses.get(Long.toString(c.lastStatusId()))));
        }
        return out;
    }
}
