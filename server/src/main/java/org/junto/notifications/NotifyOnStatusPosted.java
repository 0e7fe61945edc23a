package org.junto.notifications;

import java.util.List;
import java.util.Set;
import org.junto.jobs.EventHandler;
import org.junto.statuses.Status;
import org.junto.statuses.StatusPosted;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new status notifies: the author of the boosted status ({@code reblog}); each mentioned account that may see it
 * ({@code mention}); and followers who asked to hear of every post ({@code status}), except for replies to others and
 * for followers already told by a mention.
 */
@Component
class NotifyOnStatusPosted implements EventHandler<StatusPosted> {
    private final Statuses statuses;
    private final StatusVisibility visibility;
    private final Notifier notifier;
    private final JdbcClient db;

    NotifyOnStatusPosted(Statuses statuses, StatusVisibility visibility, Notifier notifier, JdbcClient db) {
        this.statuses = statuses;
        this.visibility = visibility;
        this.notifier = notifier;
        this.db = db;
    }

    @Override
    public Class<StatusPosted> eventType() {
        return StatusPosted.class;
    }

    @Override
    public void handle(StatusPosted event) {
        Status status = statuses.byId(event.statusId()).orElse(null);
        if (status == null) {
            return;
        }
        if (status.isReblog()) {
            statuses.byId(status.reblogOfId())
                    .ifPresent(original -> notifier.notify(
                            original.accountId(),
                            status.accountId(),
                            NotificationTypes.REBLOG,
                            original.id(),
                            status.id()));
            return;
        }
        Set<Long> mentioned = Set.copyOf(statuses.mentionedAccountIds(status.id()));
        for (long accountId : mentioned) {
            if (visibility.canSee(accountId, status.id())) {
                notifier.notify(accountId, status.accountId(), NotificationTypes.MENTION, status.id(), status.id());
            }
        }
        boolean replyToOther = status.inReplyToAccountId() != null && status.inReplyToAccountId() != status.accountId();
        if (replyToOther) {
            return;
        }
        for (long followerId : subscribers(status.accountId())) {
            if (!mentioned.contains(followerId) && visibility.canSee(followerId, status.id())) {
                notifier.notify(followerId, status.accountId(), NotificationTypes.STATUS, status.id(), status.id());
            }
        }
    }

    private List<Long> subscribers(long authorId) {
        return db.sql("SELECT account_id FROM follows WHERE target_account_id = ? AND notify = 1")
                .param(authorId)
                .query(Long.class)
                .list();
    }
}
