package org.junto.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table: credentials and preferences of local accounts. */
@Repository
public class Users {
    private final JdbcClient db;

    Users(JdbcClient db) {
        this.db = db;
    }

    public Optional<User> byAccountId(long accountId) {
        return db.sql("SELECT * FROM users WHERE account_id = ?")
                .param(accountId)
                .query(this::map)
                .optional();
    }

    public Optional<User> byEmail(String email) {
        return db.sql("SELECT * FROM users WHERE email_lower = ?")
                .param(email.toLowerCase(Locale.ROOT))
                .query(this::map)
                .optional();
    }

    public boolean emailTaken(String email) {
        return db.sql("SELECT COUNT(*) FROM users WHERE email_lower = ?")
                        .param(email.toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** What a login form needs to check a person who typed an e-mail address or a username. */
    public record Login(long accountId, String username, String passwordHash, boolean canLogIn, boolean admin) {}

    public Optional<Login> loginFor(String emailOrUsername) {
        String key = emailOrUsername == null ? "" : emailOrUsername.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("@")) {
            key = key.substring(1);
        }
        return db.sql("SELECT u.account_id, a.username, u.password_hash, u.approved, u.disabled, u.role FROM users u"
                        + " JOIN accounts a ON a.id = u.account_id WHERE u.email_lower = :k OR a.username_lower = :k")
                .param("k", key)
                .query((rs, n) -> new Login(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4) == 1 && rs.getInt(5) == 0,
                        "admin".equals(rs.getString(6))))
                .optional();
    }

    Optional<String> passwordHash(long accountId) {
        return db.sql("SELECT password_hash FROM users WHERE account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional();
    }

    void insert(
            long accountId,
            String email,
            String passwordHash,
            String role,
            boolean approved,
            String locale,
            String reason,
            Instant now) {
        db.sql("INSERT INTO users (account_id, email, email_lower, password_hash, role, approved, locale,"
                        + " sign_up_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        email,
                        email.toLowerCase(Locale.ROOT),
                        passwordHash,
                        role,
                        approved ? 1 : 0,
                        locale,
                        reason,
                        now.toEpochMilli())
                .update();
    }

    void updatePassword(long accountId, String passwordHash) {
        db.sql("UPDATE users SET password_hash = ? WHERE account_id = ?")
                .params(passwordHash, accountId)
                .update();
    }

    void updatePostingDefaults(long accountId, String visibility, boolean sensitive, String language) {
        db.sql(
                        "UPDATE users SET default_visibility = ?, default_sensitive = ?, default_language = ? WHERE account_id = ?")
                .params(visibility, sensitive ? 1 : 0, language, accountId)
                .update();
    }

    void approve(long accountId) {
        db.sql("UPDATE users SET approved = 1 WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private User map(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getLong("account_id"),
                rs.getString("email"),
                rs.getString("role"),
                rs.getInt("approved") == 1,
                rs.getInt("disabled") == 1,
                rs.getString("locale"),
                rs.getString("default_visibility"),
                rs.getInt("default_sensitive") == 1,
                rs.getString("default_language"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
