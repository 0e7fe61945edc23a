package org.junto.markers;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved reading positions, as Mastodon's markers: one per account and timeline. Every change of position raises
 * {@code version} by one in the same statement, so concurrent saves from two clients cannot lose a count.
 */
@Repository
public class Markers {
    public static final String HOME = "home";
    public static final String NOTIFICATIONS = "notifications";
    public static final Set<String> TIMELINES = Set.of(HOME, NOTIFICATIONS);
    private final JdbcClient db;

    Markers(JdbcClient db) {
        this.db = db;
    }

    /** The markers the account has among {@code timelines}, keyed by timeline; unknown timelines are ignored. */
    public Map<String, Marker> get(long accountId, Collection<String> timelines) {
        List<String> wanted =
                timelines.stream().filter(TIMELINES::contains).distinct().toList();
        Map<String, Marker> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        db.sql("SELECT timeline, last_read_id, version, updated_at FROM markers WHERE account_id = :a"
                        + " AND timeline IN (:t)")
                .param("a", accountId)
                .param("t", wanted)
                .query((rs, n) ->
                        new Marker(rs.getString(1), rs.getLong(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4))))
                .list()
                .forEach(m -> found.put(m.timeline(), m));
        return found;
    }

    public Optional<Marker> get(long accountId, String timeline) {
        return Optional.ofNullable(get(accountId, List.of(timeline)).get(timeline));
    }

    /** Saves positions by timeline; returns the saved markers. Saving the same position again changes nothing. */
    @Transactional
    public Map<String, Marker> save(long accountId, Map<String, Long> positions) {
        long now = Instant.now().toEpochMilli();
        positions.forEach((timeline, lastReadId) -> {
            if (TIMELINES.contains(timeline)) {
                db.sql(
                                "INSERT INTO markers (account_id, timeline, last_read_id, version, updated_at)"
                                        + " VALUES (?, ?, ?, 0, ?) ON CONFLICT (account_id, timeline) DO UPDATE SET"
                                        + " last_read_id = excluded.last_read_id, version = markers.version + 1,"
                                        + " updated_at = excluded.updated_at WHERE markers.last_read_id <> excluded.last_read_id")
                        .params(accountId, timeline, lastReadId, now)
                        .update();
            }
        });
        return get(accountId, positions.keySet());
    }
}
