package org.junto.contributions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every derived figure (the relationship weights) from the contribution log alone, in one transaction,
 * for the {@code junto admin rebuild-contributions} command: nothing derived is ever edited by hand.
 */
@Service
public class RebuildRelationships {
    private static final int BATCH = 5_000;
    private final JdbcClient db;

    RebuildRelationships(JdbcClient db) {
        this.db = db;
    }

    public record Result(long contributions, long pairs) {}

    @Transactional
    public Result rebuild() {
        Map<List<Long>, double[]> sums = new HashMap<>();
        long read = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = db.sql(
                            "SELECT id, actor_id, counterpart_id, weight, occurred_at, group_id FROM contributions"
                                    + " WHERE counterpart_id IS NOT NULL AND id > ? ORDER BY id LIMIT " + BATCH)
                    .param(after)
                    .query((rs, n) -> new Object[] {
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5), rs.getLong(6)
                    })
                    .list();
            for (Object[] r : rows) {
                double[] sum = sums.computeIfAbsent(List.of((Long) r[1], (Long) r[2], (Long) r[5]), k -> new double[2]);
                sum[0] += RelationshipStrengths.scaled((Double) r[3], Instant.ofEpochMilli((Long) r[4]));
                sum[1]++;
                after = (Long) r[0];
            }
            read += rows.size();
            if (rows.size() < BATCH) {
                break;
            }
        }
        db.sql("DELETE FROM relationship_weights").update();
        sums.forEach((pair, sum) -> db.sql("INSERT INTO relationship_weights (account_id, other_id, group_id,"
                        + " scaled_weight, contributions) VALUES (?, ?, ?, ?, ?)")
                .params(pair.get(0), pair.get(1), pair.get(2), sum[0], (int) sum[1])
                .update());
        return new Result(read, sums.size());
    }
}
