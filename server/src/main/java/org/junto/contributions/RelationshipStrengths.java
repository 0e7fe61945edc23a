package org.junto.contributions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Relationship strength derived from the log: what each person gave the other, every contribution's weight halving
 * every 90 days. Stored per direction as a sum of weights scaled by 2^((t − epoch) / half-life), so that adding one
 * contribution is one addition whatever its time, and the strength at any instant is the sum times
 * 2^(−(now − epoch) / half-life). The epoch keeps the numbers well inside a double's range for centuries.
 */
@Repository
public class RelationshipStrengths {
    public static final Duration HALF_LIFE = Duration.ofDays(90);
    static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private final JdbcClient db;

    RelationshipStrengths(JdbcClient db) {
        this.db = db;
    }

    static double scaled(double weight, Instant at) {
        return weight * Math.pow(2, (double) (at.toEpochMilli() - EPOCH.toEpochMilli()) / HALF_LIFE.toMillis());
    }

    static double decayedAt(double scaledSum, Instant now) {
        return scaledSum * Math.pow(2, -(double) (now.toEpochMilli() - EPOCH.toEpochMilli()) / HALF_LIFE.toMillis());
    }

    /** Adds a contribution from {@code from} to {@code to}, made in {@code groupId} (null: outside any group). */
    void add(long from, long to, double weight, Instant at, Long groupId) {
        db.sql("INSERT INTO relationship_weights (account_id, other_id, group_id, scaled_weight, contributions)"
                        + " VALUES (?, ?, ?, ?, 1) ON CONFLICT (account_id, other_id, group_id) DO UPDATE SET"
                        + " scaled_weight = relationship_weights.scaled_weight + excluded.scaled_weight,"
                        + " contributions = relationship_weights.contributions + 1")
                .params(from, to, groupId == null ? 0L : groupId, scaled(weight, at))
                .update();
    }

    /**
     * A collaborator of someone: strength now (both directions), what each gave the other, and reciprocity (the
     * smaller direction over the larger: 1 when they give each other equally, 0 when only one gives).
     */
    public record Collaborator(long accountId, double strength, double given, double received, double reciprocity) {}

    /**
     * The strongest collaborators of {@code accountId}, counting only what was done where {@code viewer} may see it
     * (outside groups, in public groups, in the viewer's own groups).
     */
    public List<Collaborator> top(long accountId, int limit, Instant now, Long viewer) {
        Map<Long, double[]> byOther = new HashMap<>();
        sums("account_id", "other_id", accountId, viewer)
                .forEach((other, sum) -> byOther.computeIfAbsent(other, k -> new double[2])[0] = decayedAt(sum, now));
        sums("other_id", "account_id", accountId, viewer)
                .forEach((other, sum) -> byOther.computeIfAbsent(other, k -> new double[2])[1] = decayedAt(sum, now));
        List<Collaborator> out = new ArrayList<>();
        byOther.forEach((other, gr) -> out.add(collaborator(other, gr[0], gr[1])));
        out.sort(Comparator.comparingDouble(Collaborator::strength).reversed().thenComparing(Collaborator::accountId));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** The strength now between two people, as {@code viewer} may see it (0 when they never worked together). */
    public double between(long a, long b, Instant now, Long viewer) {
        var spec = db.sql("SELECT COALESCE(SUM(scaled_weight), 0) FROM relationship_weights WHERE ((account_id = :a"
                        + " AND other_id = :b) OR (account_id = :b AND other_id = :a)) AND "
                        + ContributionScope.visibleTo("group_id", viewer))
                .param("a", a)
                .param("b", b);
        return decayedAt(
                ContributionLog.withViewer(spec, viewer).query(Double.class).single(), now);
    }

    /** Who works with whom inside a group: one edge per pair, strongest first. */
    public record Edge(long a, long b, double strength, double aGave, double bGave) {}

    /** The strongest pairs inside {@code groupId}; the caller checks that the viewer may see the group's content. */
    public List<Edge> inGroup(long groupId, int limit, Instant now) {
        Map<List<Long>, double[]> pairs = new HashMap<>();
        db.sql("SELECT account_id, other_id, scaled_weight FROM relationship_weights WHERE group_id = ?")
                .param(groupId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getDouble(3)})
                .list()
                .forEach(r -> {
                    long from = (Long) r[0];
                    long to = (Long) r[1];
                    List<Long> key = List.of(Math.min(from, to), Math.max(from, to));
                    pairs.computeIfAbsent(key, k -> new double[2])[from < to ? 0 : 1] += decayedAt((Double) r[2], now);
                });
        List<Edge> out = new ArrayList<>();
        pairs.forEach((k, g) -> out.add(new Edge(k.get(0), k.get(1), g[0] + g[1], g[0], g[1])));
        out.sort(Comparator.comparingDouble(Edge::strength)
                .reversed()
                .thenComparing(Edge::a)
                .thenComparing(Edge::b));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private Map<Long, Double> sums(String self, String other, long accountId, Long viewer) {
        var spec = db.sql("SELECT " + other + ", SUM(scaled_weight) FROM relationship_weights WHERE " + self
                        + " = :account AND " + ContributionScope.visibleTo("group_id", viewer) + " GROUP BY " + other)
                .param("account", accountId);
        Map<Long, Double> out = new HashMap<>();
        ContributionLog.withViewer(spec, viewer)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getDouble(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Collaborator collaborator(long other, double given, double received) {
        double max = Math.max(given, received);
        return new Collaborator(
                other, given + received, given, received, max == 0 ? 0 : Math.min(given, received) / max);
    }
}
