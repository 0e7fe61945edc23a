package org.junto.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junto.accounts.AccountStats;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follows and follow_requests tables. Both hold the same options; a request becomes a follow when the target
 * accepts it. Languages are stored as a JSON array of ISO 639 codes, null meaning every language.
 */
@Repository
public class Follows {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcClient db;
    private final JsonMapper json;
    private final AccountStats stats;

    Follows(JdbcClient db, JsonMapper json, AccountStats stats) {
        this.db = db;
        this.json = json;
        this.stats = stats;
    }

    public Optional<Follow> follow(long accountId, long targetId) {
        return find("follows", accountId, targetId);
    }

    public Optional<Follow> request(long accountId, long targetId) {
        return find("follow_requests", accountId, targetId);
    }

    /** Inserts the follow unless it exists; returns the follow row's id either way. */
    long insertFollow(long accountId, long targetId, boolean showReblogs, boolean notify, List<String> languages) {
        return insert("follows", accountId, targetId, showReblogs, notify, languages);
    }

    long insertRequest(long accountId, long targetId, boolean showReblogs, boolean notify, List<String> languages) {
        return insert("follow_requests", accountId, targetId, showReblogs, notify, languages);
    }

    void updateFollow(Follow f) {
        update("follows", f);
    }

    void updateRequest(Follow f) {
        update("follow_requests", f);
    }

    boolean deleteFollow(long accountId, long targetId) {
        return delete("follows", accountId, targetId);
    }

    boolean deleteRequest(long accountId, long targetId) {
        return delete("follow_requests", accountId, targetId);
    }

    /** Who follows {@code targetId}, newest follow first, paged by follow id. */
    public List<Listed> followers(long targetId, PageRequest page) {
        return list("follows", "account_id", "target_account_id", targetId, page);
    }

    /** Whom {@code accountId} follows, newest follow first, paged by follow id. */
    public List<Listed> following(long accountId, PageRequest page) {
        return list("follows", "target_account_id", "account_id", accountId, page);
    }

    /** Pending requests to follow {@code targetId}, newest first, paged by request id. */
    public List<Listed> requestsTo(long targetId, PageRequest page) {
        return list("follow_requests", "account_id", "target_account_id", targetId, page);
    }

    private Optional<Follow> find(String table, long accountId, long targetId) {
        return db.sql("SELECT id, account_id, target_account_id, show_reblogs, notify, languages FROM " + table
                        + " WHERE account_id = ? AND target_account_id = ?")
                .params(accountId, targetId)
                .query(this::map)
                .optional();
    }

    private long insert(
            String table, long accountId, long targetId, boolean showReblogs, boolean notify, List<String> languages) {
        int inserted = db.sql(
                        "INSERT INTO " + table + " (id, account_id, target_account_id, show_reblogs, notify, languages,"
                                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        Ids.next(),
                        accountId,
                        targetId,
                        showReblogs ? 1 : 0,
                        notify ? 1 : 0,
                        languagesJson(languages),
                        Instant.now().toEpochMilli())
                .update();
        if (inserted > 0 && table.equals("follows")) {
            stats.followChanged(accountId, targetId, 1);
        }
        return find(table, accountId, targetId).orElseThrow().id();
    }

    private void update(String table, Follow f) {
        db.sql("UPDATE " + table + " SET show_reblogs = ?, notify = ?, languages = ? WHERE id = ?")
                .params(f.showReblogs() ? 1 : 0, f.notifying() ? 1 : 0, languagesJson(f.languages()), f.id())
                .update();
    }

    private boolean delete(String table, long accountId, long targetId) {
        boolean deleted = db.sql("DELETE FROM " + table + " WHERE account_id = ? AND target_account_id = ?")
                        .params(accountId, targetId)
                        .update()
                > 0;
        if (deleted && table.equals("follows")) {
            stats.followChanged(accountId, targetId, -1);
        }
        return deleted;
    }

    private List<Listed> list(String table, String listedColumn, String ownerColumn, long ownerId, PageRequest page) {
        List<Listed> rows = db.sql("SELECT id, " + listedColumn + " FROM " + table + " WHERE " + ownerColumn + " = ?"
                        + Keyset.bounds("id", page) + Keyset.orderAndLimit("id", page))
                .param(ownerId)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getLong(2), null))
                .list();
        return Keyset.newestFirst(rows, page);
    }

    private String languagesJson(List<String> languages) {
        return languages == null || languages.isEmpty() ? null : json.writeValueAsString(languages);
    }

    List<String> languages(String stored) {
        return stored == null ? null : json.readValue(stored, STRINGS);
    }

    private Follow map(ResultSet rs, int row) throws SQLException {
        return new Follow(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getLong("target_account_id"),
                rs.getInt("show_reblogs") == 1,
                rs.getInt("notify") == 1,
                languages(rs.getString("languages")));
    }
}
