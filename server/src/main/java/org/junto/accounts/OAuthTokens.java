package org.junto.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junto.core.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Opaque bearer tokens. Only a SHA-256 of each token is stored, so a leaked database holds no usable token; the
 * plain value is returned once, when issued.
 */
@Repository
public class OAuthTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient db;

    OAuthTokens(JdbcClient db) {
        this.db = db;
    }

    public record Token(long id, Long appId, Long accountId, Scopes scopes, Instant createdAt) {}

    public record Issued(String accessToken, Token token) {}

    public Issued issue(Long appId, Long accountId, Scopes scopes) {
        String raw = randomToken();
        long id = Ids.next();
        Instant now = Instant.now();
        db.sql("INSERT INTO oauth_tokens (id, token_hash, app_id, account_id, scopes, created_at) VALUES (?,?,?,?,?,?)")
                .params(id, hash(raw), appId, accountId, scopes.toString(), now.toEpochMilli())
                .update();
        return new Issued(raw, new Token(id, appId, accountId, scopes, now));
    }

    /** The live token for a presented bearer value, if it was issued and not revoked. */
    public Optional<Token> findActive(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 256) {
            return Optional.empty();
        }
        return db.sql("SELECT * FROM oauth_tokens WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(raw))
                .query(this::map)
                .optional();
    }

    /** Revokes a token by its plain value; returns whether one was revoked. */
    public boolean revoke(String raw) {
        return db.sql("UPDATE oauth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
                        .params(Instant.now().toEpochMilli(), hash(raw))
                        .update()
                > 0;
    }

    public boolean revokeById(long accountId, long tokenId) {
        return db.sql("UPDATE oauth_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                        .params(Instant.now().toEpochMilli(), tokenId, accountId)
                        .update()
                > 0;
    }

    public void revokeAllOf(long accountId) {
        db.sql("UPDATE oauth_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
                .params(Instant.now().toEpochMilli(), accountId)
                .update();
    }

    public List<Token> activeOf(long accountId) {
        return db.sql("SELECT * FROM oauth_tokens WHERE account_id = ? AND revoked_at IS NULL ORDER BY id DESC")
                .param(accountId)
                .query(this::map)
                .list();
    }

    /**
     * Which of {@code tokenIds} may still be used: not revoked, and held by a user who may log in (not disabled, not
     * awaiting approval, not deleted). Long-lived connections re-check their tokens with it.
     */
    public Set<Long> stillUsable(Collection<Long> tokenIds) {
        if (tokenIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("SELECT t.id FROM oauth_tokens t WHERE t.id IN (:ids) AND t.revoked_at IS NULL"
                        + " AND (t.account_id IS NULL OR EXISTS (SELECT 1 FROM users u WHERE u.account_id ="
                        + " t.account_id AND u.approved = 1 AND u.disabled = 0))")
                .param("ids", tokenIds)
                .query(Long.class)
                .list());
    }

    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Token map(ResultSet rs, int row) throws SQLException {
        long appId = rs.getLong("app_id");
        Long app = rs.wasNull() ? null : appId;
        long accountId = rs.getLong("account_id");
        Long account = rs.wasNull() ? null : accountId;
        return new Token(
                rs.getLong("id"),
                app,
                account,
                Scopes.parse(rs.getString("scopes")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
