package org.junto.directmessages;

import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusDeleted;
import org.springframework.stereotype.Component;

/**
 * When the newest message of a conversation is deleted, the conversation falls back to the newest one left, or goes
 * away when none is left.
 */
@Component
class RepairOnStatusDeleted implements EventHandler<StatusDeleted> {
    private final DirectConversations conversations;

    RepairOnStatusDeleted(DirectConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Class<StatusDeleted> eventType() {
        return StatusDeleted.class;
    }

    @Override
    public void handle(StatusDeleted event) {
        for (DirectConversation row : conversations.endingWith(event.statusId())) {
            conversations
                    .newestLeft(row.accountId(), row.conversationId())
                    .ifPresentOrElse(
                            statusId -> conversations.moveLastStatus(row.id(), statusId),
                            () -> conversations.delete(row.id()));
        }
    }
}
