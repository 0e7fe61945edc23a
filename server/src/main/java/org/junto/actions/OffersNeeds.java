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
    public record Filter(String kind, String state, String topic) {}

    long insert(String kind, String title, long authorId, long originStatusId, List<String> topics) {
        long id = Ids.next();
        long now = Instant.now().toEpochMilli();
        db.sql("INSERT INTO offers_needs (id, kind, title, state, author_id, origin_status_id, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?)")
                .params(id, kind, title, authorId, originStatusId, now, now)
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

    private static String visibleTo(Long viewer) {
        return "EXISTS (SELECT 1 FROM statuses s WHERE s.id = o.origin_status_id AND "
                + StatusVisibility.visibleTo("s", viewer) + ")";
    }

    private OfferNeed withTopics(OfferNeed o) {
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
                o.updatedAt());
    }

    private OfferNeed map(ResultSet rs, int row) throws SQLException {
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
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
