package org.junto.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the viewer's relationships to a list of accounts with one query per kind of tie, whatever the list size. */
@Component
public class Relationships {
    private final JdbcClient db;
    private final Follows follows;

    Relationships(JdbcClient db, Follows follows) {
        this.db = db;
        this.follows = follows;
    }

    public Relationship of(long viewer, long accountId) {
        return of(viewer, List.of(accountId)).getFirst();
    }

    /** One relationship per id, in the order given. */
    public List<Relationship> of(long viewer, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Follow> following = options("follows", viewer, ids);
        Map<Long, Follow> requested = options("follow_requests", viewer, ids);
        Set<Long> followedBy = sources("follows", viewer, ids);
        Set<Long> requestedBy = sources("follow_requests", viewer, ids);
        Set<Long> blocking = targets(
                "SELECT target_account_id FROM blocks WHERE account_id = :v" + " AND target_account_id IN (:ids)",
                viewer,
                ids);
        Set<Long> blockedBy = targets(
                "SELECT account_id FROM blocks WHERE target_account_id = :v" + " AND account_id IN (:ids)",
                viewer,
                ids);
        Map<Long, Mute> muting = mutes(viewer, ids);
        List<Relationship> out = new ArrayList<>();
        for (long id : ids) {
            Follow f = following.containsKey(id) ? following.get(id) : requested.get(id);
            Mute m = muting.get(id);
            out.add(new Relationship(
                    id,
                    following.containsKey(id),
                    f != null && f.showReblogs(),
                    f != null && f.notifying(),
                    f == null ? null : f.languages(),
                    followedBy.contains(id),
                    blocking.contains(id),
                    blockedBy.contains(id),
                    m != null,
                    m != null && m.hideNotifications(),
                    m == null ? null : m.expiresAt(),
                    requested.containsKey(id),
                    requestedBy.contains(id)));
        }
        return out;
    }

    private record Mute(boolean hideNotifications, Instant expiresAt) {}

    private Map<Long, Follow> options(String table, long viewer, Collection<Long> ids) {
        Map<Long, Follow> found = new HashMap<>();
        db.sql("SELECT id, target_account_id, show_reblogs, notify, languages FROM " + table
                        + " WHERE account_id = :v AND target_account_id IN (:ids)")
                .param("v", viewer)
                .param("ids", ids)
                .query((rs, n) -> found.put(
                        rs.getLong(2),
                        new Follow(
                                rs.getLong(1),
                                viewer,
                                rs.getLong(2),
                                rs.getInt(3) == 1,
                                rs.getInt(4) == 1,
                                follows.languages(rs.getString(5)))))
                .list();
        return found;
    }

    private Set<Long> sources(String table, long viewer, Collection<Long> ids) {
        return targets(
                "SELECT account_id FROM " + table + " WHERE target_account_id = :v AND account_id IN (:ids)",
                viewer,
                ids);
    }

    private Set<Long> targets(String sql, long viewer, Collection<Long> ids) {
        return new HashSet<>(db.sql(sql)
                .param("v", viewer)
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    private Map<Long, Mute> mutes(long viewer, Collection<Long> ids) {
        Map<Long, Mute> found = new HashMap<>();
        db.sql("SELECT m.target_account_id, m.hide_notifications, m.expires_at FROM mutes m WHERE m.account_id = :v"
                        + " AND m.target_account_id IN (:ids) AND " + Mutes.inForce("m"))
                .param("v", viewer)
                .param("ids", ids)
                .query((rs, n) -> {
                    long expires = rs.getLong(3);
                    Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
                    return found.put(rs.getLong(1), new Mute(rs.getInt(2) == 1, at));
                })
                .list();
        return found;
    }
}
