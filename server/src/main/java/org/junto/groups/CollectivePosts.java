package org.junto.groups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The collective_posts table: which statuses were placed in which group or organization. */
@Repository
class CollectivePosts {
    private final JdbcClient db;

    CollectivePosts(JdbcClient db) {
        this.db = db;
    }

    record Placement(long statusId, long collectiveId, boolean removed) {}

    /** Places a status; a status lives in one collective only, so a second placement does nothing (false). */
    boolean place(long statusId, long collectiveId, boolean membersOnly) {
        return db.sql("INSERT INTO collective_posts (status_id, collective_id, members_only, created_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(
                                statusId,
                                collectiveId,
                                membersOnly ? 1 : 0,
                                Instant.now().toEpochMilli())
                        .update()
                > 0;
    }

    Optional<Placement> of(long statusId) {
        return db.sql("SELECT status_id, collective_id, removed_at FROM collective_posts WHERE status_id = ?")
                .param(statusId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    long collective = rs.getLong(2);
                    rs.getLong(3);
                    return new Placement(id, collective, !rs.wasNull());
                })
                .optional();
    }

    void markRemoved(long statusId) {
        db.sql("UPDATE collective_posts SET removed_at = ?, pinned_at = NULL WHERE status_id = ?")
                .params(Instant.now().toEpochMilli(), statusId)
                .update();
    }

    void pin(long statusId, boolean pinned) {
        db.sql("UPDATE collective_posts SET pinned_at = ? WHERE status_id = ?")
                .params(pinned ? Instant.now().toEpochMilli() : null, statusId)
                .update();
    }

    /** Makes every post already placed members-only (a collective closing); opening never exposes older posts. */
    void restrictAll(long collectiveId) {
        db.sql("UPDATE collective_posts SET members_only = 1 WHERE collective_id = ?")
                .param(collectiveId)
                .update();
    }

    List<Long> statusIds(long collectiveId) {
        return db.sql("SELECT status_id FROM collective_posts WHERE collective_id = ?")
                .param(collectiveId)
                .query(Long.class)
                .list();
    }
}
