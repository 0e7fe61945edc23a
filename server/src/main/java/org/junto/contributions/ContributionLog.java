package org.junto.contributions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.core.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only contribution log. {@code sourceKey} names what caused a contribution, so recording it again (a
 * retried job) adds nothing; a new contribution with a counterpart also adds to the derived relationship weights.
 */
@Repository
public class ContributionLog {
    private final JdbcClient db;
    private final RelationshipStrengths strengths;

    ContributionLog(JdbcClient db, RelationshipStrengths strengths) {
        this.db = db;
        this.strengths = strengths;
    }

    void record(long actorId, ContributionType type, Long counterpartId, String sourceKey, Instant at) {
        Long counterpart = counterpartId != null && counterpartId == actorId ? null : counterpartId;
        int added = db.sql("INSERT INTO contributions (id, actor_id, type, weight, counterpart_id, source_key,"
                        + " occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(Ids.next(), actorId, type.api(), type.weight, counterpart, sourceKey, at.toEpochMilli())
                .update();
        if (added > 0 && counterpart != null) {
            strengths.add(actorId, counterpart, type.weight, at);
        }
    }

    /** How many contributions of each type {@code accountId} made, in the enum's order, zeros included. */
    public Map<String, Long> countsByType(long accountId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ContributionType type : ContributionType.values()) {
            counts.put(type.api(), 0L);
        }
        db.sql("SELECT type, COUNT(*) AS n FROM contributions WHERE actor_id = ? GROUP BY type")
                .param(accountId)
                .query((rs, n) -> Map.entry(rs.getString("type"), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** One day of the calendar: the UTC day's epoch day number, how many contributions and their summed weight. */
    public record Day(long epochDay, long count, double weight) {}

    /** Days with contributions by {@code accountId} in [{@code from}, {@code to}), oldest first (UTC days). */
    public List<Day> calendar(long accountId, Instant from, Instant to) {
        return db.sql("SELECT occurred_at / 86400000 AS day, COUNT(*) AS n, SUM(weight) AS w FROM contributions"
                        + " WHERE actor_id = ? AND occurred_at >= ? AND occurred_at < ?"
                        + " GROUP BY occurred_at / 86400000 ORDER BY day")
                .params(accountId, from.toEpochMilli(), to.toEpochMilli())
                .query((rs, n) -> new Day(rs.getLong("day"), rs.getLong("n"), rs.getDouble("w")))
                .list();
    }
}
