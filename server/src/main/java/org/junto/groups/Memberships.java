package org.junto.groups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The memberships and join_requests tables. */
@Repository
class Memberships {
    private final JdbcClient db;

    Memberships(JdbcClient db) {
        this.db = db;
    }

    Optional<Member> find(long collectiveId, long accountId) {
        return db.sql("SELECT id, collective_id, account_id, role, created_at FROM memberships"
                        + " WHERE collective_id = ? AND account_id = ?")
                .params(collectiveId, accountId)
                .query(Memberships::map)
                .optional();
    }

    /** Adds a member unless already one; returns true if added. */
    boolean add(long collectiveId, long accountId, Role role) {
        return db.sql("INSERT INTO memberships (id, collective_id, account_id, role, created_at)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(
                                Ids.next(),
                                collectiveId,
                                accountId,
                                role.apiName(),
                                Instant.now().toEpochMilli())
                        .update()
                > 0;
    }

    /**
     * Adds a member for a follow of the group, in one statement that checks the follow still stands and the group
     * does not block (ban) the account: a ban or unfollow that came after the follow wins.
     */
    void addIfFollowing(long groupId, long accountId, long followId) {
        db.sql("INSERT INTO memberships (id, collective_id, account_id, role, created_at) SELECT ?, ?, ?, ?, ?"
                        + " WHERE EXISTS (SELECT 1 FROM follows f WHERE f.id = ? AND f.account_id = ?"
                        + " AND f.target_account_id = ?) AND NOT EXISTS (SELECT 1 FROM blocks b"
                        + " WHERE b.account_id = ? AND b.target_account_id = ?) ON CONFLICT DO NOTHING")
                .params(
                        Ids.next(),
                        groupId,
                        accountId,
                        Role.MEMBER.apiName(),
                        Instant.now().toEpochMilli(),
                        followId,
                        accountId,
                        groupId,
                        groupId,
                        accountId)
                .update();
    }

    void setRole(long collectiveId, long accountId, Role role) {
        db.sql("UPDATE memberships SET role = ? WHERE collective_id = ? AND account_id = ?")
                .params(role.apiName(), collectiveId, accountId)
                .update();
    }

    boolean remove(long collectiveId, long accountId) {
        return db.sql("DELETE FROM memberships WHERE collective_id = ? AND account_id = ?")
                        .params(collectiveId, accountId)
                        .update()
                > 0;
    }

    List<Member> page(long collectiveId, PageRequest page) {
        return Keyset.newestFirst(
                db.sql("SELECT id, collective_id, account_id, role, created_at FROM memberships WHERE collective_id = ?"
                                + Keyset.bounds("id", page) + Keyset.orderAndLimit("id", page))
                        .param(collectiveId)
                        .query(Memberships::map)
                        .list(),
                page);
    }

    boolean addRequest(long collectiveId, long accountId) {
        return db.sql("INSERT INTO join_requests (id, collective_id, account_id, created_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(
                                Ids.next(),
                                collectiveId,
                                accountId,
                                Instant.now().toEpochMilli())
                        .update()
                > 0;
    }

    boolean hasRequest(long collectiveId, long accountId) {
        return db.sql("SELECT COUNT(*) FROM join_requests WHERE collective_id = ? AND account_id = ?")
                        .params(collectiveId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean removeRequest(long collectiveId, long accountId) {
        return db.sql("DELETE FROM join_requests WHERE collective_id = ? AND account_id = ?")
                        .params(collectiveId, accountId)
                        .update()
                > 0;
    }

    /** Pending join requests, newest first, as members (role null would be wrong: they carry the base role). */
    List<Member> requests(long collectiveId, Role base, PageRequest page) {
        return Keyset.newestFirst(
                db.sql("SELECT id, collective_id, account_id, created_at FROM join_requests WHERE collective_id = ?"
                                + Keyset.bounds("id", page) + Keyset.orderAndLimit("id", page))
                        .param(collectiveId)
                        .query((rs, n) -> new Member(
                                rs.getLong("id"),
                                rs.getLong("collective_id"),
                                rs.getLong("account_id"),
                                base,
                                Instant.ofEpochMilli(rs.getLong("created_at"))))
                        .list(),
                page);
    }

    private static Member map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("collective_id"),
                rs.getLong("account_id"),
                Role.stored(rs.getString("role")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
