package org.junto.jobs;

import java.util.Comparator;
import java.util.List;
import org.junto.config.DatabaseUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a batch of due jobs for one node by writing its lease on them, so that no two nodes hold the same job.
 *
 * <p>On PostgreSQL, where several nodes claim at once, the due rows are locked with {@code FOR UPDATE SKIP LOCKED}:
 * a node passes over rows another node is claiming instead of waiting for them and then finding them taken, so
 * concurrent claims split the queue between them. SQLite has one writer at a time (transactions begin IMMEDIATE),
 * which makes the plain update atomic already.
 */
@Component
class JobClaims {
    private static final String POSTGRES = """
            WITH due AS (SELECT id FROM jobs
                         WHERE run_at <= :now AND (locked_until IS NULL OR locked_until < :now)
                         ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
            UPDATE jobs SET locked_by = :node, locked_until = :lease FROM due WHERE jobs.id = due.id
            RETURNING jobs.id, jobs.handler, jobs.payload, jobs.attempts
            """;
    private static final String SQLITE_LEASE = """
            UPDATE jobs SET locked_by = :node, locked_until = :lease
            WHERE id IN (SELECT id FROM jobs WHERE run_at <= :now AND (locked_until IS NULL OR locked_until < :now)
                         ORDER BY id LIMIT :batch)
            """;
    private static final String SQLITE_LEASED =
            "SELECT id, handler, payload, attempts FROM jobs WHERE locked_by = :node AND locked_until = :lease";

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final boolean postgres;

    JobClaims(JdbcClient db, TransactionTemplate tx, DatabaseUrl url) {
        this.db = db;
        this.tx = tx;
        this.postgres = !url.isSqlite();
    }

    record Job(long id, String handler, String payload, int attempts) {}

    /** Leases up to {@code batch} due jobs to {@code node} until {@code leaseEnd}; returns them oldest first. */
    List<Job> claim(String node, long now, long leaseEnd, int batch) {
        List<Job> jobs = tx.execute(status -> {
            if (postgres) {
                return leased(db.sql(POSTGRES).param("now", now).param("batch", batch), node, leaseEnd);
            }
            db.sql(SQLITE_LEASE)
                    .param("node", node)
                    .param("lease", leaseEnd)
                    .param("now", now)
                    .param("batch", batch)
                    .update();
            return leased(db.sql(SQLITE_LEASED), node, leaseEnd);
        });
        return jobs.stream().sorted(Comparator.comparingLong(Job::id)).toList();
    }

    private static List<Job> leased(JdbcClient.StatementSpec statement, String node, long leaseEnd) {
        return statement
                .param("node", node)
                .param("lease", leaseEnd)
                .query((rs, n) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}
