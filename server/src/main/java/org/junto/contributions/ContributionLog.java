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

    /**
     * Records a contribution made by (or about) the post {@code whereStatusId}: it belongs to the group that post was
     * placed in, if any.
     */
    void record(
            long actorId, ContributionType type, Long counterpartId, String sourceKey, Instant at, Long whereStatusId) {
        Long counterpart = counterpartId != null && counterpartId == actorId ? null : counterpartId;
        Long group = whereStatusId == null
                ? null
                : db.sql("SELECT collective_id FROM collective_posts WHERE status_id = ?")
                        .param(whereStatusId)
                        .query(Long.class)
                        .optional()
                        .orElse(null);
        int added = db.sql("INSERT INTO contributions (id, actor_id, type, weight, counterpart_id, group_id,"
                        + " source_key, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(Ids.next(), actorId, type.api(), type.weight, counterpart, group, sourceKey, at.toEpochMilli())
                .update();
        if (added > 0 && counterpart != null) {
            strengths.add(actorId, counterpart, type.weight, at, group);
        }
    }

    /** A group's top contributors: who contributed most (summed weight) inside {@code groupId}, all time. */
    public record Contributor(long accountId, long count, double weight) {}

    /** The top contributors inside a group; the caller checks that the viewer may see the group's content. */
    public List<Contributor> topInGroup(long groupId, int limit) {
        return db.sql("SELECT actor_id, COUNT(*) AS n, SUM(weight) AS w FROM contributions WHERE group_id = ?"
                        + " GROUP BY actor_id ORDER BY w DESC, actor_id LIMIT " + limit)
                .param(groupId)
                .query((rs, n) -> new Contributor(rs.getLong("actor_id"), rs.getLong("n"), rs.getDouble("w")))
                .list();
    }

    /** Whether {@code viewer} may see what is done inside {@code groupId} (public group, or a member). */
    public boolean groupVisible(long groupId, Long viewer) {
        return withViewer(
                                db.sql("SELECT COUNT(*) FROM collectives g WHERE g.account_id = :group AND "
                                                + ContributionScope.visibleTo("g.account_id", viewer))
                                        .param("group", groupId),
                                viewer)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static JdbcClient.StatementSpec withViewer(JdbcClient.StatementSpec spec, Long viewer) {
        return viewer == null ? spec : spec.param("viewer", viewer);
    }

    /** How many contributions of each type {@code accountId} made, in the enum's order, zeros included. */
    public Map<String, Long> countsByType(long accountId, Long viewer) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ContributionType type : ContributionType.values()) {
            counts.put(type.api(), 0L);
        }
        withViewer(
                        db.sql("SELECT type, COUNT(*) AS n FROM contributions WHERE actor_id = :account AND "
                                        + ContributionScope.visibleTo("group_id", viewer) + " GROUP BY type")
                                .param("account", accountId),
                        viewer)
                .query((rs, n) -> Map.entry(rs.getString("type"), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** One day of the calendar: the UTC day's epoch day number, how many contributions and their summed weight. */
    public record Day(long epochDay, long count, double weight) {}

    /**
     * Days with contributions by {@code accountId} in [{@code from}, {@code to}), oldest first (UTC days), as
     * {@code viewer} may see them.
     */
    public List<Day> calendar(long accountId, Instant from, Instant to, Long viewer) {
        return withViewer(
                        db.sql("SELECT occurred_at / 86400000 AS day, COUNT(*) AS n, SUM(weight) AS w FROM"
                                        + " contributions WHERE actor_id = :account AND occurred_at >= :from AND"
                                        + " occurred_at < :to AND " + ContributionScope.visibleTo("group_id", viewer)
                                        + " GROUP BY occurred_at / 86400000 ORDER BY day")
                                .param("account", accountId)
                                .param("from", from.toEpochMilli())
                                .param("to", to.toEpochMilli()),
                        viewer)
                .query((rs, n) -> new Day(rs.getLong("day"), rs.getLong("n"), rs.getDouble("w")))
                .list();
    }
}
