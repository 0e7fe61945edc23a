package org.junto.social;

import java.time.Instant;
import java.util.List;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mutes table. A mute may end ({@code expires_at}); an expired mute is treated everywhere as no mute at all, and
 * is replaced when the account is muted again.
 */
@Repository
public class Mutes {
    private final JdbcClient db;

    Mutes(JdbcClient db) {
        this.db = db;
    }

    /** An SQL condition on the mutes row aliased {@code alias}: the mute is still in force. */
    public static String inForce(String alias) {
        return "(" + alias + ".expires_at IS NULL OR " + alias + ".expires_at > "
                + Instant.now().toEpochMilli() + ")";
    }

    /** Mutes {@code targetId} (again), replacing the options of an earlier mute. */
    void upsert(long accountId, long targetId, boolean hideNotifications, Instant expiresAt) {
        db.sql("INSERT INTO mutes (id, account_id, target_account_id, hide_notifications, expires_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, target_account_id) DO UPDATE SET"
                        + " hide_notifications = excluded.hide_notifications, expires_at = excluded.expires_at")
                .params(
                        Ids.next(),
                        accountId,
                        targetId,
                        hideNotifications ? 1 : 0,
                        expiresAt == null ? null : expiresAt.toEpochMilli(),
                        Instant.now().toEpochMilli())
                .update();
    }

    boolean delete(long accountId, long targetId) {
        return db.sql("DELETE FROM mutes WHERE account_id = ? AND target_account_id = ?")
                        .params(accountId, targetId)
                        .update()
                > 0;
    }

    /** Accounts {@code accountId} mutes now, newest mute first, paged by mute id. */
    public List<Listed> mutedBy(long accountId, PageRequest page) {
        List<Listed> rows = db.sql("SELECT m.id, m.target_account_id, m.expires_at FROM mutes m WHERE m.account_id = ?"
                        + " AND " + inForce("m") + Keyset.bounds("m.id", page) + Keyset.orderAndLimit("m.id", page))
                .param(accountId)
                .query((rs, n) -> {
                    long expires = rs.getLong(3);
                    Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
                    return new Listed(rs.getLong(1), rs.getLong(2), expiresAt);
                })
                .list();
        return Keyset.newestFirst(rows, page);
    }
}
