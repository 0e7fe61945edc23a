package org.junto.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junto.accounts.OAuthTokens;
import org.junto.core.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations table. Link codes are stored as SHA-256 hashes, as tokens are: a database leak opens no group. */
@Repository
class Invitations {
    private static final String COLUMNS =
            "id, collective_id, inviter_id, invitee_id, max_uses, uses, expires_at, created_at";
    private final JdbcClient db;

    Invitations(JdbcClient db) {
        this.db = db;
    }

    Invitation insert(
            long collectiveId, long inviterId, Long inviteeId, String code, Integer maxUses, Instant expires) {
        long id = Ids.next();
        db.sql("INSERT INTO invitations (id, collective_id, inviter_id, invitee_id, code_hash, max_uses, expires_at,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        collectiveId,
                        inviterId,
                        inviteeId,
                        code == null ? null : hash(code),
                        maxUses,
                        expires == null ? null : expires.toEpochMilli(),
                        Instant.now().toEpochMilli())
                .update();
        Invitation stored = byId(id).orElseThrow();
        return new Invitation(
                stored.id(),
                stored.collectiveId(),
                stored.inviterId(),
                stored.inviteeId(),
                stored.maxUses(),
                stored.uses(),
                stored.expiresAt(),
                stored.createdAt(),
                code);
    }

    Optional<Invitation> byId(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM invitations WHERE id = ?")
                .param(id)
                .query(Invitations::map)
                .optional();
    }

    Optional<Invitation> byCode(String code) {
        return db.sql("SELECT " + COLUMNS + " FROM invitations WHERE code_hash = ?")
                .param(hash(code))
                .query(Invitations::map)
                .optional();
    }

    boolean directExists(long collectiveId, long inviteeId) {
        return db.sql("SELECT COUNT(*) FROM invitations WHERE collective_id = ? AND invitee_id = ?")
                        .params(collectiveId, inviteeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Uses up the account's own invitations to the collective; true if there was one. */
    boolean consumeDirect(long collectiveId, long inviteeId) {
        return dropFor(collectiveId, inviteeId);
    }

    boolean dropFor(long collectiveId, long inviteeId) {
        return db.sql("DELETE FROM invitations WHERE collective_id = ? AND invitee_id = ?")
                        .params(collectiveId, inviteeId)
                        .update()
                > 0;
    }

    /** Counts one use of a link unless it is used up; false when it was. Atomic, so two last uses cannot both win. */
    boolean use(long id) {
        return db.sql("UPDATE invitations SET uses = uses + 1 WHERE id = ? AND (max_uses IS NULL OR uses < max_uses)")
                        .param(id)
                        .update()
                > 0;
    }

    boolean delete(long collectiveId, long id) {
        return db.sql("DELETE FROM invitations WHERE collective_id = ? AND id = ?")
                        .params(collectiveId, id)
                        .update()
                > 0;
    }

    List<Invitation> ofCollective(long collectiveId) {
        return db.sql("SELECT " + COLUMNS + " FROM invitations WHERE collective_id = ? ORDER BY id DESC LIMIT 200")
                .param(collectiveId)
                .query(Invitations::map)
                .list();
    }

    List<Invitation> forInvitee(long inviteeId) {
        return db.sql("SELECT " + COLUMNS + " FROM invitations WHERE invitee_id = ? ORDER BY id DESC LIMIT 200")
                .param(inviteeId)
                .query(Invitations::map)
                .list();
    }

    private static String hash(String code) {
        return OAuthTokens.hash(code);
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        long invitee = rs.getLong("invitee_id");
        Long inviteeId = rs.wasNull() ? null : invitee;
        int max = rs.getInt("max_uses");
        Integer maxUses = rs.wasNull() ? null : max;
        long expires = rs.getLong("expires_at");
        Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
        return new Invitation(
                rs.getLong("id"),
                rs.getLong("collective_id"),
                rs.getLong("inviter_id"),
                inviteeId,
                maxUses,
                rs.getInt("uses"),
                expiresAt,
                Instant.ofEpochMilli(rs.getLong("created_at")),
                null);
    }
}
