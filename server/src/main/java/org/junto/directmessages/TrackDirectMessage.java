package org.junto.directmessages;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junto.core.Visibility;
import org.junto.jobs.EventHandler;
import org.junto.statuses.Status;
import org.junto.statuses.StatusPosted;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A new direct status updates the thread's conversation for its author and for each mentioned account that may see
 * it: the author has read it, the others have not.
 */
@Component
class TrackDirectMessage implements EventHandler<StatusPosted> {
    private final Statuses statuses;
    private final StatusVisibility visibility;
    private final DirectConversations conversations;
    private final ApplicationEventPublisher events;

    TrackDirectMessage(
            Statuses statuses,
            StatusVisibility visibility,
            DirectConversations conversations,
            ApplicationEventPublisher events) {
        this.statuses = statuses;
        this.visibility = visibility;
        this.conversations = conversations;
        this.events = events;
    }

    @Override
    public Class<StatusPosted> eventType() {
        return StatusPosted.class;
    }

    @Override
    public void handle(StatusPosted event) {
        Status status = statuses.byId(event.statusId()).orElse(null);
        if (status == null || status.isReblog() || status.visibility() != Visibility.DIRECT) {
            return;
        }
        Set<Long> participants = new LinkedHashSet<>();
        participants.add(status.accountId());
        participants.addAll(statuses.mentionedAccountIds(status.id()));
        for (long accountId : participants) {
            boolean author = accountId == status.accountId();
            if (author || visibility.canSee(accountId, status.id())) {
                Set<Long> others = new LinkedHashSet<>(participants);
                others.remove(accountId);
                long id = conversations.record(accountId, status.conversationId(), others, status.id(), !author);
                events.publishEvent(new DirectConversationUpdated(id, accountId, status.id()));
            }
        }
    }
}
