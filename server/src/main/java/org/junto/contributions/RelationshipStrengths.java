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

    void add(long from, long to, double weight, Instant at) {
        db.sql("INSERT INTO relationship_weights (account_id, other_id, scaled_weight, contributions)"
                        + " VALUES (?, ?, ?, 1) ON CONFLICT (account_id, other_id) DO UPDATE SET"
                        + " scaled_weight = relationship_weights.scaled_weight + excluded.scaled_weight,"
                        + " contributions = relationship_weights.contributions + 1")
                .params(from, to, scaled(weight, at))
                .update();
    }

    /**
     * A collaborator of someone: strength now (both directions), what each gave the other, and reciprocity (the
     * smaller direction over the larger: 1 when they give each other equally, 0 when only one gives).
     */
    public record Collaborator(long accountId, double strength, double given, double received, double reciprocity) {}

    public List<Collaborator> top(long accountId, int limit, Instant now) {
        Map<Long, double[]> byOther = new HashMap<>();
        db.sql("SELECT other_id, scaled_weight FROM relationship_weights WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getDouble(2)))
                .list()
                .forEach(
                        e -> byOther.computeIfAbsent(e.getKey(), k -> new double[2])[0] = decayedAt(e.getValue(), now));
        db.sql("SELECT account_id, scaled_weight FROM relationship_weights WHERE other_id = ?")
                .param(accountId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getDouble(2)))
                .list()
                .forEach(
                        e -> byOther.computeIfAbsent(e.getKey(), k -> new double[2])[1] = decayedAt(e.getValue(), now));
        List<Collaborator> out = new ArrayList<>();
        byOther.forEach((other, gr) -> {
            double max = Math.max(gr[0], gr[1]);
            out.add(new Collaborator(other, gr[0] + gr[1], gr[0], gr[1], max == 0 ? 0 : Math.min(gr[0], gr[1]) / max));
        });
        out.sort(Comparator.comparingDouble(Collaborator::strength).reversed().thenComparing(Collaborator::accountId));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
