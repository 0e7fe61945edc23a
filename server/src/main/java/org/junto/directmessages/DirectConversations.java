package org.junto.directmessages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.junto.statuses.StatusVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account_conversations table: one row per account and thread ({@code conversation_id} of its statuses).
 * Participant ids are a JSON array. Lists are paged by the last status id, as Mastodon pages conversations.
 */
@Repository
public class DirectConversations {
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {};
    private static final String COLUMNS = "id, account_id, conversation_id, participant_ids, last_status_id, unread";
    private final JdbcClient db;
    private final JsonMapper json;

    DirectConversations(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public List<DirectConversation> page(long accountId, PageRequest page) {
        List<DirectConversation> rows = db.sql("SELECT " + COLUMNS + " FROM account_conversations WHERE account_id = ?"
                        + Keyset.bounds("last_status_id", page) + Keyset.orderAndLimit("last_status_id", page))
                .param(accountId)
                .query(this::map)
                .list();
        return Keyset.newestFirst(rows, page);
    }

    public Optional<DirectConversation> byId(long accountId, long id) {
        return db.sql("SELECT " + COLUMNS + " FROM account_conversations WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .query(this::map)
                .optional();
    }

    public boolean markRead(long accountId, long id) {
        return db.sql("UPDATE account_conversations SET unread = 0 WHERE id = ? AND account_id = ?")
                        .params(id, accountId)
                        .update()
                > 0;
    }

    public boolean remove(long accountId, long id) {
        return db.sql("DELETE FROM account_conversations WHERE id = ? AND account_id = ?")
                        .params(id, accountId)
                        .update()
                > 0;
    }

    /** Which of {@code statusIds} the viewer may see, by the one visibility policy. */
    public Set<Long> visible(long viewer, Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("SELECT s.id FROM statuses s WHERE s.id IN (:ids) AND "
                        + StatusVisibility.visibleTo("s", viewer))
                .param("ids", statusIds)
                .param("viewer", viewer)
                .query(Long.class)
                .list());
    }

    /**
     * Records that {@code statusId} joined the thread for {@code accountId}. A status older than the one already
     * recorded only adds participants, so running this twice, or out of order, leaves the same row. Returns the
     * row's id.
     */
    long record(long accountId, long conversationId, Collection<Long> others, long statusId, boolean unread) {
        db.sql("INSERT INTO account_conversations (id, account_id, conversation_id, participant_ids, last_status_id,"
                        + " unread) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        Ids.next(),
                        accountId,
                        conversationId,
                        json.writeValueAsString(new TreeSet<>(others)),
                        statusId,
                        unread ? 1 : 0)
                .update();
        DirectConversation row = db.sql("SELECT " + COLUMNS + " FROM account_conversations"
                        + " WHERE account_id = ? AND conversation_id = ?")
                .params(accountId, conversationId)
                .query(this::map)
                .single();
        Set<Long> participants = new TreeSet<>(row.participantIds());
        participants.addAll(others);
        boolean newer = statusId > row.lastStatusId();
        db.sql("UPDATE account_conversations SET participant_ids = ?, last_status_id = ?, unread = ? WHERE id = ?")
                .params(
                        json.writeValueAsString(participants),
                        newer ? statusId : row.lastStatusId(),
                        (newer ? unread : row.unread()) ? 1 : 0,
                        row.id())
                .update();
        return row.id();
    }

    /** Rows whose last status was {@code statusId}. */
    List<DirectConversation> endingWith(long statusId) {
        return db.sql("SELECT " + COLUMNS + " FROM account_conversations WHERE last_status_id = ?")
                .param(statusId)
                .query(this::map)
                .list();
    }

    /** The newest direct status left in the thread that the account wrote or was addressed in. */
    Optional<Long> newestLeft(long accountId, long conversationId) {
        return db
                .sql("SELECT MAX(s.id) FROM statuses s WHERE s.conversation_id = :c AND s.visibility = 'direct'"
                        + " AND s.reblog_of_id IS NULL AND (s.account_id = :a OR EXISTS (SELECT 1 FROM mentions m"
                        + " WHERE m.status_id = s.id AND m.account_id = :a))")
                .param("c", conversationId)
                .param("a", accountId)
                .query(Long.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    void moveLastStatus(long id, long statusId) {
        db.sql("UPDATE account_conversations SET last_status_id = ? WHERE id = ?")
                .params(statusId, id)
                .update();
    }

    void delete(long id) {
        db.sql("DELETE FROM account_conversations WHERE id = ?").param(id).update();
    }

    private DirectConversation map(ResultSet rs, int row) throws SQLException {
        return new DirectConversation(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getLong("conversation_id"),
                new ArrayList<>(json.readValue(rs.getString("participant_ids"), IDS)),
                rs.getLong("last_status_id"),
                rs.getInt("unread") == 1);
    }
}
