package org.junto.statuses;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junto.accounts.AccountStats;
import org.junto.core.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statuses table and the rows that hang off a status (mentions, tags, edits). */
@Repository
public class Statuses {
    static final String COLUMNS = "s.id, s.account_id, s.in_reply_to_id, s.in_reply_to_account_id, s.reblog_of_id,"
            + " s.conversation_id, s.text, s.spoiler_text, s.content, s.visibility, s.sensitive, s.language,"
            + " s.application_id, s.created_at, s.edited_at";
    private final JdbcClient db;
    private final AccountStats stats;

    Statuses(JdbcClient db, AccountStats stats) {
        this.db = db;
        this.stats = stats;
    }

    /** A status by id, whoever may see it: callers check visibility with {@link StatusVisibility}. */
    public Optional<Status> byId(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM statuses s WHERE s.id = ?")
                .param(id)
                .query(Statuses::map)
                .optional();
    }

    public Map<Long, Status> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db
                .sql("SELECT " + COLUMNS + " FROM statuses s WHERE s.id IN (:ids)")
                .param("ids", ids)
                .query(Statuses::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Status::id, Function.identity()));
    }

    void insert(Status s) {
        db.sql("INSERT INTO statuses (id, account_id, in_reply_to_id, in_reply_to_account_id, reblog_of_id,"
                        + " conversation_id, text, spoiler_text, content, visibility, sensitive, language,"
                        + " application_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        s.id(),
                        s.accountId(),
                        s.inReplyToId(),
                        s.inReplyToAccountId(),
                        s.reblogOfId(),
                        s.conversationId(),
                        s.text(),
                        s.spoilerText(),
                        s.content(),
                        s.visibility().apiName(),
                        s.sensitive() ? 1 : 0,
                        s.language(),
                        s.applicationId(),
                        s.createdAt().toEpochMilli())
                .update();
        stats.statusesChanged(s.accountId(), 1);
    }

    void updateContent(
            long id,
            String text,
            String spoiler,
            String content,
            boolean sensitive,
            String language,
            Instant editedAt) {
        db.sql("UPDATE statuses SET text = ?, spoiler_text = ?, content = ?, sensitive = ?, language = ?,"
                        + " edited_at = ? WHERE id = ?")
                .params(text, spoiler, content, sensitive ? 1 : 0, language, editedAt.toEpochMilli(), id)
                .update();
    }

    /** Deletes a status, and with it its boosts (the foreign key cascades); the authors' counters follow. */
    void delete(long id) {
        Long author = db.sql("SELECT account_id FROM statuses WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (author == null) {
            return;
        }
        stats.boostsOfStatusGoing(id);
        db.sql("DELETE FROM statuses WHERE id = ?").param(id).update();
        stats.statusesChanged(author, -1);
    }

    /** The boost of {@code statusId} by {@code accountId}, if there is one. */
    public Optional<Status> reblogBy(long accountId, long statusId) {
        return db.sql("SELECT " + COLUMNS + " FROM statuses s WHERE s.reblog_of_id = ? AND s.account_id = ?")
                .params(statusId, accountId)
                .query(Statuses::map)
                .optional();
    }

    public List<Long> mentionedAccountIds(long statusId) {
        return db.sql("SELECT account_id FROM mentions WHERE status_id = ? ORDER BY account_id")
                .param(statusId)
                .query(Long.class)
                .list();
    }

    void replaceMentions(long statusId, Collection<Long> accountIds) {
        db.sql("DELETE FROM mentions WHERE status_id = ?").param(statusId).update();
        for (long accountId : accountIds) {
            db.sql("INSERT INTO mentions (status_id, account_id) VALUES (?, ?)")
                    .params(statusId, accountId)
                    .update();
        }
    }

    void replaceTags(long statusId, Collection<Long> tagIds) {
        db.sql("DELETE FROM status_tags WHERE status_id = ?").param(statusId).update();
        for (long tagId : tagIds) {
            db.sql("INSERT INTO status_tags (status_id, tag_id) VALUES (?, ?)")
                    .params(statusId, tagId)
                    .update();
        }
    }

    public static Status map(ResultSet rs, int row) throws SQLException {
        return new Status(
                rs.getLong("id"),
                rs.getLong("account_id"),
                nullableLong(rs, "in_reply_to_id"),
                nullableLong(rs, "in_reply_to_account_id"),
                nullableLong(rs, "reblog_of_id"),
                rs.getLong("conversation_id"),
                rs.getString("text"),
                rs.getString("spoiler_text"),
                rs.getString("content"),
                Visibility.valueOf(rs.getString("visibility").toUpperCase(java.util.Locale.ROOT)),
                rs.getInt("sensitive") == 1,
                rs.getString("language"),
                nullableLong(rs, "application_id"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                nullableInstant(rs, "edited_at"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
