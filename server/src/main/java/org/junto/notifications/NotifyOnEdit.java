package org.junto.notifications;

import org.junto.jobs.EventHandler;
import org.junto.statuses.Status;
import org.junto.statuses.StatusEdited;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An edit notifies everyone who boosted the status and may still see it ({@code update}). The cause is the newest
 * stored version, so a retried job adds nothing and each later edit notifies again.
 */
@Component
class NotifyOnEdit implements EventHandler<StatusEdited> {
    private final Statuses statuses;
    private final StatusVisibility visibility;
    private final Notifier notifier;
    private final JdbcClient db;

    NotifyOnEdit(Statuses statuses, StatusVisibility visibility, Notifier notifier, JdbcClient db) {
        this.statuses = statuses;
        this.visibility = visibility;
        this.notifier = notifier;
        this.db = db;
    }

    @Override
    public Class<StatusEdited> eventType() {
        return StatusEdited.class;
    }

    @Override
    public void handle(StatusEdited event) {
        Status status = statuses.byId(event.statusId()).orElse(null);
        if (status == null || status.isReblog()) {
            return;
        }
        long version = db.sql("SELECT COALESCE(MAX(id), 0) FROM status_edits WHERE status_id = ?")
                .param(status.id())
                .query(Long.class)
                .single();
        long cause = version == 0 ? status.id() : version;
        for (long boosterId : db.sql("SELECT DISTINCT account_id FROM statuses WHERE reblog_of_id = ?")
                .param(status.id())
                .query(Long.class)
                .list()) {
            if (visibility.canSee(boosterId, status.id())) {
                notifier.notify(boosterId, status.accountId(), NotificationTypes.UPDATE, status.id(), cause);
            }
        }
    }
}
