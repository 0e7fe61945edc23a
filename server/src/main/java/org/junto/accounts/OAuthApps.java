package org.junto.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The oauth_apps table. Client secrets are stored as SHA-256 digests, like tokens: they are shown once, at
 * registration, and afterwards only compared.
 */
@Repository
public class OAuthApps {
    private final JdbcClient db;

    OAuthApps(JdbcClient db) {
        this.db = db;
    }

    public Optional<OAuthApp> byId(long id) {
        return db.sql("SELECT * FROM oauth_apps WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public Optional<OAuthApp> byClientId(String clientId) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 256) {
            return Optional.empty();
        }
        return db.sql("SELECT * FROM oauth_apps WHERE client_id = ?")
                .param(clientId)
                .query(this::map)
                .optional();
    }

    /** The app whose client id and secret these are; empty when either is wrong. */
    public Optional<OAuthApp> authenticate(String clientId, String clientSecret) {
        if (clientSecret == null || clientSecret.isEmpty() || clientSecret.length() > 256) {
            return Optional.empty();
        }
        byte[] presented = OAuthTokens.hash(clientSecret).getBytes(StandardCharsets.UTF_8);
        return byClientId(clientId).filter(app -> {
            String stored = db.sql("SELECT client_secret FROM oauth_apps WHERE id = ?")
                    .param(app.id())
                    .query(String.class)
                    .single();
            return MessageDigest.isEqual(presented, stored.getBytes(StandardCharsets.UTF_8));
        });
    }

    void insert(OAuthApp app, String clientSecret) {
        db.sql("INSERT INTO oauth_apps (id, name, website, redirect_uris, scopes, client_id, client_secret,"
                        + " owner_account_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        app.id(),
                        app.name(),
                        app.website(),
                        String.join("\n", app.redirectUris()),
                        app.scopes().toString(),
                        app.clientId(),
                        OAuthTokens.hash(clientSecret),
                        app.ownerAccountId(),
                        app.createdAt().toEpochMilli())
                .update();
    }

    private OAuthApp map(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_account_id");
        Long ownerId = rs.wasNull() ? null : owner;
        return new OAuthApp(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("website"),
                Arrays.stream(rs.getString("redirect_uris").split("\\s+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                Scopes.parse(rs.getString("scopes")),
                rs.getString("client_id"),
                ownerId,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
