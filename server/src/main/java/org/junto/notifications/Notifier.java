package org.junto.notifications;

import org.junto.social.Blocks;
import org.junto.social.Mutes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides whether a notification is made at all, as Mastodon's notify step does: never to oneself, never between two
 * accounts where one blocks the other, never from an account whose notifications the recipient muted. Reads check
 * the same again, because any of these can change after the notification was made.
 */
@Component
class Notifier {
    private final Notifications notifications;
    private final Blocks blocks;
    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    Notifier(Notifications notifications, Blocks blocks, JdbcClient db, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.blocks = blocks;
        this.db = db;
        this.events = events;
    }

    /** Notifies once per cause ({@code activityId}); a retried job finds the first notification and adds none. */
    void notify(long recipientId, long fromAccountId, String type, Long statusId, long activityId) {
        if (recipientId == fromAccountId
                || blocks.eitherBlocks(recipientId, fromAccountId)
                || mutesNotifications(recipientId, fromAccountId)) {
            return;
        }
        notifications
                .add(recipientId, fromAccountId, type, statusId, activityId)
                .ifPresent(id -> events.publishEvent(new NotificationAdded(id, recipientId)));
    }

    private boolean mutesNotifications(long recipientId, long fromAccountId) {
        return db.sql("SELECT COUNT(*) FROM mutes m WHERE m.account_id = ? AND m.target_account_id = ?"
                                + " AND m.hide_notifications = 1 AND " + Mutes.inForce("m"))
                        .params(recipientId, fromAccountId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
