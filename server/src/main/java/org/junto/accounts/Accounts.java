package org.junto.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The accounts table: look-ups by id and by name, batch loads for rendering lists. */
@Repository
public class Accounts {
    private static final TypeReference<List<Account.ProfileField>> FIELDS = new TypeReference<>() {};
    private final JdbcClient db;
    private final JsonMapper json;
    private final AccountStats stats;

    Accounts(JdbcClient db, JsonMapper json, AccountStats stats) {
        this.db = db;
        this.json = json;
        this.stats = stats;
    }

    public Optional<Account> byId(long id) {
        return db.sql("SELECT * FROM accounts WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public Optional<Account> byUsername(String username) {
        return db.sql("SELECT * FROM accounts WHERE username_lower = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query(this::map)
                .optional();
    }

    public Map<Long, Account> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.sql("SELECT * FROM accounts WHERE id IN (:ids)").param("ids", ids).query(this::map).list().stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }

    /** Mastodon's rule for local usernames, which groups' and organizations' handles follow too. */
    public static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[A-Za-z0-9_]{1,30}");

    /**
     * Makes the account of a group or an organization ({@code actorType} "Group" or "Organization"): a profile that no
     * one signs in to. The caller has checked the handle against {@link #USERNAME} and {@link #usernameTaken}.
     */
    public Account insertActor(
            long id, String username, String displayName, String note, String actorType, boolean locked) {
        long now = Instant.now().toEpochMilli();
        db.sql("INSERT INTO accounts (id, username, username_lower, display_name, note, actor_type, locked, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        username,
                        username.toLowerCase(Locale.ROOT),
                        displayName,
                        note,
                        actorType,
                        locked ? 1 : 0,
                        now,
                        now)
                .update();
        return byId(id).orElseThrow();
    }

    /** Locks or unlocks an account (a group closing or opening to join requests). */
    public void setLocked(long id, boolean locked) {
        db.sql("UPDATE accounts SET locked = ? WHERE id = ?")
                .params(locked ? 1 : 0, id)
                .update();
    }

    /**
     * Deletes an account row; everything that references it goes with it (foreign keys cascade), and the counters of
     * the accounts it followed, was followed by or was boosted by are recounted.
     */
    public void delete(long id) {
        List<Long> touched = stats.touchedByDeletionOf(id);
        db.sql("DELETE FROM accounts WHERE id = ?").param(id).update();
        stats.recount(touched);
    }

    public boolean usernameTaken(String username) {
        return db.sql("SELECT COUNT(*) FROM accounts WHERE username_lower = ?")
                        .param(username.toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(long id, String username, String displayName, Instant now) {
        db.sql("INSERT INTO accounts (id, username, username_lower, display_name, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        username,
                        username.toLowerCase(Locale.ROOT),
                        displayName,
                        now.toEpochMilli(),
                        now.toEpochMilli())
                .update();
    }

    void updateProfile(Account a) {
        db.sql("UPDATE accounts SET display_name = ?, note = ?, fields = ?, locked = ?, bot = ?, discoverable = ?,"
                        + " updated_at = ? WHERE id = ?")
                .params(
                        a.displayName(),
                        a.note(),
                        json.writeValueAsString(a.fields()),
                        a.locked() ? 1 : 0,
                        a.bot() ? 1 : 0,
                        a.discoverable() ? 1 : 0,
                        a.updatedAt().toEpochMilli(),
                        a.id())
                .update();
    }

    /** Records activity for {@code last_status_at}; called by the statuses module inside its transaction. */
    public void touchLastStatus(long accountId, Instant at) {
        db.sql("UPDATE accounts SET last_status_at = ? WHERE id = ?")
                .params(at.toEpochMilli(), accountId)
                .update();
    }

    /** Accounts whose username or display name starts with the query, local directory order. */
    public List<Account> search(String query, int limit, int offset) {
        String q = query.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "\\_") + "%";
        return db.sql("SELECT * FROM accounts WHERE username_lower LIKE :q ESCAPE '\\' OR LOWER(display_name) LIKE :q"
                        + " ESCAPE '\\' ORDER BY username_lower LIMIT :limit OFFSET :offset")
                .param("q", q)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    /**
     * The profile directory: accounts that chose to be discoverable, the most recently active first ({@code active})
     * or the newest first ({@code new}), as Mastodon's {@code /api/v1/directory} orders them; without the accounts
     * the viewer blocks or mutes or is blocked by.
     */
    private static final String EXCLUDED_BY_VIEWER = " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.account_id ="
            + " :viewer AND b.target_account_id = accounts.id) OR (b.account_id = accounts.id AND b.target_account_id ="
            + " :viewer)) AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = :viewer AND m.target_account_id ="
            + " accounts.id AND (m.expires_at IS NULL OR m.expires_at > :now))";

    public List<Account> directory(Long viewer, boolean newestFirst, int limit, int offset) {
        String order = newestFirst
                ? "id DESC"
                : "CASE WHEN last_status_at IS NULL THEN 1 ELSE 0 END, last_status_at DESC, id DESC";
        return db.sql("SELECT * FROM accounts WHERE discoverable = 1 AND EXISTS (SELECT 1 FROM users u"
                        + " WHERE u.account_id = accounts.id AND u.approved = 1 AND u.disabled = 0)"
                        + (viewer == null ? "" : EXCLUDED_BY_VIEWER)
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(
                        viewer == null
                                ? Map.of()
                                : Map.of("viewer", viewer, "now", Instant.now().toEpochMilli()))
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    Account map(ResultSet rs, int row) throws SQLException {
        long lastStatus = rs.getLong("last_status_at");
        boolean neverPosted = rs.wasNull();
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("note"),
                json.readValue(rs.getString("fields"), FIELDS),
                rs.getInt("locked") == 1,
                rs.getInt("bot") == 1,
                rs.getInt("discoverable") == 1,
                rs.getString("actor_type"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                neverPosted ? null : Instant.ofEpochMilli(lastStatus));
    }
}
