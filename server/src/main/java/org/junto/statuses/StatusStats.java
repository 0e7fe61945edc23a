package org.junto.statuses;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything a status entity shows besides the status itself, loaded for a whole page at once: counts, mentions,
 * the viewer's own favourites, boosts, bookmarks and pins, and the posting application.
 */
@Component
public class StatusStats {
    private final JdbcClient db;

    StatusStats(JdbcClient db) {
        this.db = db;
    }

    public record Counts(long replies, long reblogs, long favourites) {}

    public record ViewerFlags(boolean favourited, boolean reblogged, boolean bookmarked, boolean pinned) {
        public static final ViewerFlags NONE = new ViewerFlags(false, false, false, false);
    }

    public record App(String name, String website) {}

    /** Replies, boosts and favourites of each status, in one query for the whole page. */
    public Map<Long, Counts> counts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> found = new HashMap<>();
        db.sql("SELECT 0, in_reply_to_id, COUNT(*) FROM statuses WHERE in_reply_to_id IN (:ids) GROUP BY in_reply_to_id"
                        + " UNION ALL SELECT 1, reblog_of_id, COUNT(*) FROM statuses WHERE reblog_of_id IN (:ids)"
                        + " GROUP BY reblog_of_id"
                        + " UNION ALL SELECT 2, status_id, COUNT(*) FROM favourites WHERE status_id IN (:ids)"
                        + " GROUP BY status_id")
                .param("ids", ids)
                .query((rs, n) -> found.computeIfAbsent(rs.getLong(2), id -> new long[3])[rs.getInt(1)] = rs.getLong(3))
                .list();
        Map<Long, Counts> counts = new HashMap<>();
        for (long id : ids) {
            long[] c = found.getOrDefault(id, new long[3]);
            counts.put(id, new Counts(c[0], c[1], c[2]));
        }
        return counts;
    }

    /** The viewer's favourites, boosts, bookmarks and pins among the statuses, in one query for the whole page. */
    public Map<Long, ViewerFlags> viewerFlags(Long viewer, Collection<Long> ids) {
        if (viewer == null || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, boolean[]> found = new HashMap<>();
        db.sql("SELECT 0, status_id FROM favourites WHERE account_id = :v AND status_id IN (:ids)"
                        + " UNION ALL SELECT 1, reblog_of_id FROM statuses WHERE account_id = :v AND reblog_of_id IN (:ids)"
                        + " UNION ALL SELECT 2, status_id FROM bookmarks WHERE account_id = :v AND status_id IN (:ids)"
                        + " UNION ALL SELECT 3, status_id FROM pins WHERE account_id = :v AND status_id IN (:ids)")
                .param("v", viewer)
                .param("ids", ids)
                .query((rs, n) -> found.computeIfAbsent(rs.getLong(2), id -> new boolean[4])[rs.getInt(1)] = true)
                .list();
        Map<Long, ViewerFlags> flags = new HashMap<>();
        for (long id : ids) {
            boolean[] f = found.getOrDefault(id, new boolean[4]);
            flags.put(id, new ViewerFlags(f[0], f[1], f[2], f[3]));
        }
        return flags;
    }

    /**
     * The flags of many viewers at once, for a few statuses (a stream event's): read by status, in one query whatever
     * the number of viewers; only viewers with some flag set appear in the answer.
     */
    public Map<Long, Map<Long, ViewerFlags>> viewerFlagsOfEach(Set<Long> viewers, Collection<Long> ids) {
        if (viewers.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, boolean[]>> found = new HashMap<>();
        db.sql("SELECT 0, account_id, status_id FROM favourites WHERE status_id IN (:ids)"
                        + " UNION ALL SELECT 1, account_id, reblog_of_id FROM statuses WHERE reblog_of_id IN (:ids)"
                        + " UNION ALL SELECT 2, account_id, status_id FROM bookmarks WHERE status_id IN (:ids)"
                        + " UNION ALL SELECT 3, account_id, status_id FROM pins WHERE status_id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    long viewer = rs.getLong(2);
                    if (viewers.contains(viewer)) {
                        found.computeIfAbsent(viewer, v -> new HashMap<>())
                                .computeIfAbsent(rs.getLong(3), id -> new boolean[4])[rs.getInt(1)] = true;
                    }
                });
        Map<Long, Map<Long, ViewerFlags>> flags = new HashMap<>();
        found.forEach((viewer, byStatus) -> {
            Map<Long, ViewerFlags> own = new HashMap<>();
            byStatus.forEach((id, f) -> own.put(id, new ViewerFlags(f[0], f[1], f[2], f[3])));
            flags.put(viewer, own);
        });
        return flags;
    }

    /** Mentioned account ids of each status, in id order. */
    public Map<Long, List<Long>> mentions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Row(long statusId, long accountId) {}
        return db
                .sql("SELECT status_id, account_id FROM mentions WHERE status_id IN (:ids) ORDER BY account_id")
                .param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::statusId, Collectors.mapping(Row::accountId, Collectors.toList())));
    }

    public Map<Long, App> applications(Collection<Long> appIds) {
        if (appIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, App> apps = new HashMap<>();
        db.sql("SELECT id, name, website FROM oauth_apps WHERE id IN (:ids)")
                .param("ids", appIds)
                .query((rs, n) -> apps.put(rs.getLong(1), new App(rs.getString(2), rs.getString(3))))
                .list();
        return apps;
    }
}
