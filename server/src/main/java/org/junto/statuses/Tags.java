package org.junto.statuses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junto.core.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hashtags, keyed case-insensitively; the first spelling used is kept for display. */
@Repository
public class Tags {
    private final JdbcClient db;

    Tags(JdbcClient db) {
        this.db = db;
    }

    public record Tag(long id, String name) {}

    public Optional<Tag> byName(String name) {
        return db.sql("SELECT id, name FROM tags WHERE name_lower = ?")
                .param(name.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Tag(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The tag's id, creating it if this is its first use. */
    public long idFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        db.sql("INSERT INTO tags (id, name, name_lower, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(Ids.next(), name, lower, Instant.now().toEpochMilli())
                .update();
        return db.sql("SELECT id FROM tags WHERE name_lower = ?")
                .param(lower)
                .query(Long.class)
                .single();
    }

    /** Tags of each status, in the order they were first written. */
    public Map<Long, List<Tag>> ofStatuses(Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Map.of();
        }
        record Row(long statusId, Tag tag) {}
        return db
                .sql("SELECT st.status_id, t.id, t.name FROM status_tags st JOIN tags t ON t.id = st.tag_id"
                        + " WHERE st.status_id IN (:ids) ORDER BY t.name_lower")
                .param("ids", statusIds)
                .query((rs, n) -> new Row(rs.getLong(1), new Tag(rs.getLong(2), rs.getString(3))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::statusId, Collectors.mapping(Row::tag, Collectors.toList())));
    }

    /** Tags whose name starts with the query. */
    public List<Tag> search(String prefix, int limit) {
        String q = prefix.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "\\_") + "%";
        return db.sql("SELECT id, name FROM tags WHERE name_lower LIKE ? ESCAPE '\\' ORDER BY name_lower LIMIT ?")
                .params(q, limit)
                .query((rs, n) -> new Tag(rs.getLong(1), rs.getString(2)))
                .list();
    }
}
