package org.junto.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.junto.statuses.StatusVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offers and needs with their topics. A viewer sees one when they may see its origin post (the one policy). */
@Repository
public class OffersNeeds {
    private final JdbcClient db;

    OffersNeeds(JdbcClient db) {
        this.db = db;
    }

    /** Filters of a list; null fields do not filter. */
    public record Filter(String kind, String state, String topic, Long groupId) {
        public Filter(String kind, String state, String topic) {
            this(kind, state, topic, null);
        }
    }

    long insert(String kind, String title, long authorId, long originStatusId, List<String> topics) {
        long id = Ids.next();
        long now = Instant.now().toEpochMilli();
        // The group is the placement of the origin post, made by the groups posting step just before.
        db.sql("INSERT INTO offers_needs (id, kind, title, state, author_id, origin_status_id, group_id, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'open', ?, ?, (SELECT collective_id FROM collective_posts"
                        + " WHERE status_id = ?), ?, ?)")
                .params(id, kind, title, authorId, originStatusId, originStatusId, now, now)
                .update();
        for (String topic : topics) {
            db.sql("INSERT INTO offer_need_topics (offer_need_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, topic)
                    .update();
        }
        return id;
    }

    void accept(long id, long taskId, long helperId, long helpedId) {
        db.sql("UPDATE offers_needs SET state = 'accepted', task_id = ?, helper_id = ?, helped_id = ?,"
                        + " updated_at = ? WHERE id = ?")
                .params(taskId, helperId, helpedId, Instant.now().toEpochMilli(), id)
                .update();
    }

    /** Withdraws an open offer or need; false when it was not open any more. */
    boolean withdraw(long id) {
        return setState(id, OfferNeed.WITHDRAWN, OfferNeed.OPEN);
    }

    /** The task that fulfilled it was reopened: it is accepted again, not fulfilled; false when it was not fulfilled. */
    boolean unfulfil(long id) {
        return setState(id, OfferNeed.ACCEPTED, OfferNeed.FULFILLED);
    }

    /** The task made by accepting it was cancelled: it is open again for someone else. */
    boolean release(long id) {
        return db.sql("UPDATE offers_needs SET state = 'open', task_id = NULL, helper_id = NULL, helped_id = NULL,"
                                + " updated_at = ? WHERE id = ? AND state = 'accepted'")
                        .params(Instant.now().toEpochMilli(), id)
                        .update()
                > 0;
    }

    private boolean setState(long id, String to, String from) {
        return db.sql("UPDATE offers_needs SET state = ?, updated_at = ? WHERE id = ? AND state = ?")
                        .params(to, Instant.now().toEpochMilli(), id, from)
                        .update()
                > 0;
    }

    /** Marks it fulfilled; false when it already was (a retried job then does nothing more). */
    boolean fulfil(long id) {
        return db.sql("UPDATE offers_needs SET state = 'fulfilled', updated_at = ? WHERE id = ? AND state = 'accepted'")
                        .params(Instant.now().toEpochMilli(), id)
                        .update()
                > 0;
    }

    public Optional<OfferNeed> byId(long id) {
        return db.sql("SELECT * FROM offers_needs WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .map(this::withTopics);
    }

    Optional<OfferNeed> byOrigin(long statusId) {
        return db.sql("SELECT * FROM offers_needs WHERE origin_status_id = ?")
                .param(statusId)
                .query(this::map)
                .optional()
                .map(this::withTopics);
    }

    public Optional<OfferNeed> visible(long id, Long viewer) {
        var spec = db.sql("SELECT o.* FROM offers_needs o WHERE o.id = :id AND " + visibleTo(viewer))
                .param("id", id);
        return (viewer == null ? spec : spec.param("viewer", viewer))
                .query(this::map)
                .optional()
                .map(this::withTopics);
    }

    public List<OfferNeed> page(Long viewer, Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (filter.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.state() != null) {
            where.append(" AND o.state = :state");
            params.put("state", filter.state());
        }
        if (filter.groupId() != null) {
            where.append(" AND o.group_id = :group");
            params.put("group", filter.groupId());
        }
        if (filter.topic() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM offer_need_topics ot WHERE ot.offer_need_id = o.id"
                    + " AND ot.topic = :topic)");
            params.put("topic", filter.topic());
        }
        if (viewer != null) {
            params.put("viewer", viewer);
        }
        String sql = "SELECT o.* FROM offers_needs o WHERE " + visibleTo(viewer) + where + Keyset.bounds("o.id", page)
                + Keyset.orderAndLimit("o.id", page);
        return Keyset.newestFirst(db.sql(sql).params(params).query(this::map).list(), page).stream()
                .map(this::withTopics)
                .toList();
    }

    /**
     * Offers and needs {@code viewer} may see that share at least one of {@code topics}, newest first, at most
     * {@code limit}: the candidates of matching.
     */
    public List<OfferNeed> sharingTopics(java.util.Collection<String> topics, Long viewer, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        var spec = db.sql("SELECT o.* FROM offers_needs o WHERE o.id IN (SELECT ot.offer_need_id FROM"
                        + " offer_need_topics ot WHERE ot.topic IN (:topics)) AND " + visibleTo(viewer)
                        + " ORDER BY o.id DESC LIMIT " + limit)
                .param("topics", topics);
        return (viewer == null ? spec : spec.param("viewer", viewer))
                .query(this::map).list().stream().map(this::withTopics).toList();
    }

    static String visibleTo(Long viewer) {
        return "EXISTS (SELECT 1 FROM statuses s WHERE s.id = o.origin_status_id AND "
                + StatusVisibility.visibleTo("s", viewer) + ")";
    }

    OfferNeed withTopics(OfferNeed o) {
        List<String> topics = db.sql("SELECT topic FROM offer_need_topics WHERE offer_need_id = ? ORDER BY topic")
                .param(o.id())
                .query(String.class)
                .list();
        return new OfferNeed(
                o.id(),
                o.kind(),
                o.title(),
                o.state(),
                o.authorId(),
                o.originStatusId(),
                topics,
                o.taskId(),
                o.helperId(),
                o.helpedId(),
                o.createdAt(),
                o.updatedAt(),
                o.groupId());
    }

    OfferNeed map(ResultSet rs, int row) throws SQLException {
        return new OfferNeed(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("state"),
                rs.getLong("author_id"),
                rs.getLong("origin_status_id"),
                List.of(),
                Tasks.nullableLong(rs, "task_id"),
                Tasks.nullableLong(rs, "helper_id"),
                Tasks.nullableLong(rs, "helped_id"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                Tasks.nullableLong(rs, "group_id"));
    }
}
