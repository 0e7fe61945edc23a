package org.junto.notifications;

import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusFavourited;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A favourite notifies the status's author, for as long as the favourite stands. */
@Component
class NotifyOnFavourite implements EventHandler<StatusFavourited> {
    private final Notifier notifier;
    private final JdbcClient db;

    NotifyOnFavourite(Notifier notifier, JdbcClient db) {
        this.notifier = notifier;
        this.db = db;
    }

    @Override
    public Class<StatusFavourited> eventType() {
        return StatusFavourited.class;
    }

    @Override
    public void handle(StatusFavourited event) {
        db.sql("SELECT f.id FROM favourites f WHERE f.account_id = ? AND f.status_id = ?")
                .params(event.accountId(), event.statusId())
                .query(Long.class)
                .optional()
                .ifPresent(favouriteId -> notifier.notify(
                        event.authorId(),
                        event.accountId(),
                        NotificationTypes.FAVOURITE,
                        event.statusId(),
                        favouriteId));
    }
}
