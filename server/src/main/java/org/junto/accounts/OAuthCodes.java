package org.junto.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The oauth_codes table: authorization codes, stored as SHA-256 digests, each good once for a few minutes. */
@Repository
class OAuthCodes {
    private final JdbcClient db;

    OAuthCodes(JdbcClient db) {
        this.db = db;
    }

    record Code(
            String hash,
            long appId,
            long accountId,
            String redirectUri,
            Scopes scopes,
            String codeChallenge,
            Instant expiresAt,
            boolean used,
            Long tokenId) {}

    void insert(Code code) {
        db.sql("INSERT INTO oauth_codes (code_hash, app_id, account_id, redirect_uri, scopes, code_challenge,"
                        + " code_challenge_method, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code.hash(),
                        code.appId(),
                        code.accountId(),
                        code.redirectUri(),
                        code.scopes().toString(),
                        code.codeChallenge(),
                        code.codeChallenge() == null ? null : "S256",
                        code.expiresAt().toEpochMilli())
                .update();
    }

    Optional<Code> byHash(String hash) {
        return db.sql("SELECT * FROM oauth_codes WHERE code_hash = ?")
                .param(hash)
                .query(this::map)
                .optional();
    }

    /** Marks the code used; false if another request used it first. */
    boolean markUsed(String hash, Instant at) {
        return db.sql("UPDATE oauth_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")
                        .params(at.toEpochMilli(), hash)
                        .update()
                == 1;
    }

    void linkToken(String hash, long tokenId) {
        db.sql("UPDATE oauth_codes SET token_id = ? WHERE code_hash = ?")
                .params(tokenId, hash)
                .update();
    }

    /** Forgets codes that expired before {@code before}: they can no longer be used, nor replayed to any effect. */
    void purgeExpired(Instant before) {
        db.sql("DELETE FROM oauth_codes WHERE expires_at < ?")
                .param(before.toEpochMilli())
                .update();
    }

    private Code map(ResultSet rs, int row) throws SQLException {
        rs.getLong("used_at");
        boolean used = !rs.wasNull();
        long token = rs.getLong("token_id");
        Long tokenId = rs.wasNull() ? null : token;
        return new Code(
                rs.getString("code_hash"),
                rs.getLong("app_id"),
                rs.getLong("account_id"),
                rs.getString("redirect_uri"),
                Scopes.parse(rs.getString("scopes")),
                rs.getString("code_challenge"),
                Instant.ofEpochMilli(rs.getLong("expires_at")),
                used,
                tokenId);
    }
}
