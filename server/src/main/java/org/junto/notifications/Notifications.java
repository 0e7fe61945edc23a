package org.junto.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.junto.markers.Markers;
import org.junto.social.Mutes;
import org.junto.statuses.StatusVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications table. Every read goes through {@link #shown}: a notification is returned only while its status
 * is visible to the recipient (the one visibility policy), the two accounts do not block each other, the recipient
 * does not mute the sender's notifications, and what caused it still stands (the follow, the pending request, the
 * boost, the favourite), so undoing an action takes its notification away as in Mastodon.
 */
@Repository
public class Notifications {
    private static final String COLUMNS = "n.id, n.account_id, n.from_account_id, n.type, n.status_id, n.created_at";
    private final JdbcClient db;
    private final Markers markers;

    Notifications(JdbcClient db, Markers markers) {
        this.db = db;
        this.markers = markers;
    }

    /** Stores a notification once per cause; its id, or empty if this cause already notified this recipient. */
    Optional<Long> add(long recipientId, long fromAccountId, String type, Long statusId, long activityId) {
        long id = Ids.next();
        int added = db.sql("INSERT INTO notifications (id, account_id, from_account_id, type, status_id, activity_id,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        id,
                        recipientId,
                        fromAccountId,
                        type,
                        statusId,
                        activityId,
                        Instant.now().toEpochMilli())
                .update();
        return added > 0 ? Optional.of(id) : Optional.empty();
    }

    /** Drops what {@code fromAccountId} caused for {@code recipientId} (after a block, as Mastodon does). */
    void forget(long recipientId, long fromAccountId) {
        db.sql("DELETE FROM notifications WHERE account_id = ? AND from_account_id = ?")
                .params(recipientId, fromAccountId)
                .update();
    }

    public List<Notification> page(long viewer, NotificationFilter filter, PageRequest page) {
        var query = db.sql("SELECT " + COLUMNS + " FROM notifications n WHERE " + shown(viewer) + filtered(filter)
                        + Keyset.bounds("n.id", page) + Keyset.orderAndLimit("n.id", page))
                .param("viewer", viewer);
        return Keyset.newestFirst(bind(query, filter).query(Notifications::map).list(), page);
    }

    public Optional<Notification> byId(long viewer, long id) {
        return db.sql("SELECT " + COLUMNS + " FROM notifications n WHERE n.id = :id AND " + shown(viewer))
                .param("id", id)
                .param("viewer", viewer)
                .query(Notifications::map)
                .optional();
    }

    /** Notifications newer than the recipient's notifications marker, counted up to {@code cap}. */
    public long unreadCount(long viewer, NotificationFilter filter, int cap) {
        long lastRead = markers.get(viewer, Markers.NOTIFICATIONS)
                .map(m -> m.lastReadId())
                .orElse(0L);
        var query = db.sql("SELECT COUNT(*) FROM (SELECT n.id FROM notifications n WHERE n.id > :last AND "
                        + shown(viewer) + filtered(filter) + " LIMIT " + cap + ") capped")
                .param("viewer", viewer)
                .param("last", lastRead);
        return bind(query, filter).query(Long.class).single();
    }

    public boolean dismiss(long viewer, long id) {
        return db.sql("DELETE FROM notifications WHERE id = ? AND account_id = ?")
                        .params(id, viewer)
                        .update()
                > 0;
    }

    public void clear(long viewer) {
        db.sql("DELETE FROM notifications WHERE account_id = ?").param(viewer).update();
    }

    /** The condition every read applies; binds {@code :viewer}. */
    static String shown(long viewer) {
        return "n.account_id = :viewer"
                + " AND (n.status_id IS NULL OR EXISTS (SELECT 1 FROM statuses s WHERE s.id = n.status_id AND "
                + StatusVisibility.visibleTo("s", viewer) + "))"
                + " AND NOT EXISTS (SELECT 1 FROM blocks nbk WHERE (nbk.account_id = :viewer"
                + " AND nbk.target_account_id = n.from_account_id) OR (nbk.account_id = n.from_account_id"
                + " AND nbk.target_account_id = :viewer))"
                + " AND NOT EXISTS (SELECT 1 FROM mutes nmu WHERE nmu.account_id = :viewer"
                + " AND nmu.target_account_id = n.from_account_id AND nmu.hide_notifications = 1 AND "
                + Mutes.inForce("nmu") + ")"
                + " AND (n.type <> 'follow' OR EXISTS (SELECT 1 FROM follows nfo WHERE nfo.id = n.activity_id))"
                + " AND (n.type <> 'follow_request' OR EXISTS (SELECT 1 FROM follow_requests nrq"
                + " WHERE nrq.id = n.activity_id))"
                + " AND (n.type <> 'reblog' OR EXISTS (SELECT 1 FROM statuses nbo WHERE nbo.id = n.activity_id))"
                + " AND (n.type <> 'favourite' OR EXISTS (SELECT 1 FROM favourites nfv"
                + " WHERE nfv.id = n.activity_id))";
    }

    private static String filtered(NotificationFilter filter) {
        return (filter.types().isEmpty() ? "" : " AND n.type IN (:types)")
                + (filter.excludeTypes().isEmpty() ? "" : " AND n.type NOT IN (:exclude)")
                + (filter.fromAccountId() == null ? "" : " AND n.from_account_id = :from");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, NotificationFilter filter) {
        if (!filter.types().isEmpty()) {
            query = query.param("types", filter.types());
        }
        if (!filter.excludeTypes().isEmpty()) {
            query = query.param("exclude", filter.excludeTypes());
        }
        if (filter.fromAccountId() != null) {
            query = query.param("from", filter.fromAccountId());
        }
        return query;
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        long statusId = rs.getLong("status_id");
        Long status = rs.wasNull() ? null : statusId;
        return new Notification(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getLong("from_account_id"),
                rs.getString("type"),
                status,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
