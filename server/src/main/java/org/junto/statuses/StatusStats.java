package org.junto.statuses;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    public record ViewerFlags(boolean favourited, boolean reblogged, boolean bookmarked, boolean pinned) {}

    public record App(String name, String website) {}

    public Map<Long, Counts> counts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> replies = countBy(
                "SELECT in_reply_to_id, COUNT(*) FROM statuses WHERE in_reply_to_id IN (:ids)"
                        + " GROUP BY in_reply_to_id",
                ids);
        Map<Long, Long> reblogs = countBy(
                "SELECT reblog_of_id, COUNT(*) FROM statuses WHERE reblog_of_id IN (:ids) GROUP BY reblog_of_id", ids);
        Map<Long, Long> favourites =
                countBy("SELECT status_id, COUNT(*) FROM favourites WHERE status_id IN (:ids) GROUP BY status_id", ids);
        Map<Long, Counts> counts = new HashMap<>();
        for (long id : ids) {
            counts.put(
                    id,
                    new Counts(
                            replies.getOrDefault(id, 0L),
                            reblogs.getOrDefault(id, 0L),
                            favourites.getOrDefault(id, 0L)));
        }
        return counts;
    }

    public Map<Long, ViewerFlags> viewerFlags(Long viewer, Collection<Long> ids) {
        if (viewer == null || ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> favourited =
                idsWhere("SELECT status_id FROM favourites WHERE account_id = :v AND status_id IN (:ids)", viewer, ids);
        Set<Long> reblogged = idsWhere(
                "SELECT reblog_of_id FROM statuses WHERE account_id = :v AND reblog_of_id IN (:ids)", viewer, ids);
        Set<Long> bookmarked =
                idsWhere("SELECT status_id FROM bookmarks WHERE account_id = :v AND status_id IN (:ids)", viewer, ids);
        Set<Long> pinned =
                idsWhere("SELECT status_id FROM pins WHERE account_id = :v AND status_id IN (:ids)", viewer, ids);
        Map<Long, ViewerFlags> flags = new HashMap<>();
        for (long id : ids) {
            flags.put(
                    id,
                    new ViewerFlags(
                            favourited.contains(id),
                            reblogged.contains(id),
                            bookmarked.contains(id),
                            pinned.contains(id)));
        }
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

    private Map<Long, Long> countBy(String sql, Collection<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        db.sql(sql)
                .param("ids", ids)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return result;
    }

    private Set<Long> idsWhere(String sql, long viewer, Collection<Long> ids) {
        return new HashSet<>(db.sql(sql)
                .param("v", viewer)
                .param("ids", ids)
                .query(Long.class)
                .list());
    }
}
