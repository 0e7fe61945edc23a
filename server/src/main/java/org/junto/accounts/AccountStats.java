package org.junto.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored counters a profile shows: posts (boosts included, as Mastodon counts them), followers and following
 * (decision 0020). The statuses and social modules change them in the same transaction as the rows they count, so
 * they are exactly as current as those rows; rendering a page of accounts reads them in one query instead of three
 * {@code COUNT}s per account. {@link #recount} recomputes them from the rows ({@code junto admin recount-accounts}).
 */
@Component
public class AccountStats {
    private static final Counts ZERO = new Counts(0, 0, 0);
    private static final String RECOUNT = "INSERT INTO account_stats (account_id, statuses_count, followers_count,"
            + " following_count) SELECT a.id, (SELECT COUNT(*) FROM statuses s WHERE s.account_id = a.id),"
            + " (SELECT COUNT(*) FROM follows f WHERE f.target_account_id = a.id),"
            + " (SELECT COUNT(*) FROM follows f WHERE f.account_id = a.id) FROM accounts a";
    private final JdbcClient db;

    AccountStats(JdbcClient db) {
        this.db = db;
    }

    public record Counts(long statuses, long followers, long following) {}

    public Counts of(long accountId) {
        return of(List.of(accountId)).getOrDefault(accountId, ZERO);
    }

    /** The counters of each account; an account without a row (nothing posted or followed yet) has zeros. */
    public Map<Long, Counts> of(Collection<Long> accountIds) {
        Map<Long, Counts> out = new HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        db.sql("SELECT account_id, statuses_count, followers_count, following_count FROM account_stats"
                        + " WHERE account_id IN (:ids)")
                .param("ids", accountIds)
                .query((rs, n) -> out.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        for (long id : accountIds) {
            out.putIfAbsent(id, ZERO);
        }
        return out;
    }

    /** A status (or boost) by {@code accountId} was stored ({@code +1}) or deleted ({@code -1}). */
    public void statusesChanged(long accountId, int delta) {
        add(accountId, delta, 0, 0);
    }

    /**
     * Before a status is deleted: its boosts go with it (the foreign key cascades), so each booster has one post
     * less.
     */
    public void boostsOfStatusGoing(long statusId) {
        db.sql("UPDATE account_stats SET statuses_count = statuses_count - (SELECT COUNT(*) FROM statuses b"
                        + " WHERE b.reblog_of_id = :status AND b.account_id = account_stats.account_id)"
                        + " WHERE account_id IN (SELECT account_id FROM statuses WHERE reblog_of_id = :status)")
                .param("status", statusId)
                .update();
    }

    /** {@code followerId} now follows {@code targetId} ({@code +1}) or no longer does ({@code -1}). */
    public void followChanged(long followerId, long targetId, int delta) {
        // Lower id first: two opposite follows at once on PostgreSQL lock the same two rows in the same order.
        if (followerId < targetId) {
            add(followerId, 0, 0, delta);
            add(targetId, 0, delta, 0);
        } else {
            add(targetId, 0, delta, 0);
            add(followerId, 0, 0, delta);
        }
    }

    /** The accounts whose counters an account's deletion changes: those it follows, its followers, its boosters. */
    public List<Long> touchedByDeletionOf(long accountId) {
        return db.sql("SELECT target_account_id FROM follows WHERE account_id = :id UNION SELECT account_id FROM"
                        + " follows WHERE target_account_id = :id UNION SELECT b.account_id FROM statuses b JOIN"
                        + " statuses o ON o.id = b.reblog_of_id WHERE o.account_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .list();
    }

    /** Recomputes the counters of the given accounts from the statuses and follows tables. */
    @Transactional
    public void recount(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        db.sql("DELETE FROM account_stats WHERE account_id IN (:ids)")
                .param("ids", accountIds)
                .update();
        db.sql(RECOUNT + " WHERE a.id IN (:ids)").param("ids", accountIds).update();
    }

    /**
     * Recomputes every account's counters; returns how many differed from the stored ones (zero unless rows were
     * changed behind the server's back, by hand or by an import).
     */
    @Transactional
    public long recountAll() {
        long differing = db.sql("SELECT COUNT(*) FROM accounts a LEFT JOIN account_stats c ON c.account_id = a.id"
                        + " WHERE COALESCE(c.statuses_count, 0) <> (SELECT COUNT(*) FROM statuses s"
                        + " WHERE s.account_id = a.id) OR COALESCE(c.followers_count, 0) <> (SELECT COUNT(*)"
                        + " FROM follows f WHERE f.target_account_id = a.id) OR COALESCE(c.following_count, 0) <>"
                        + " (SELECT COUNT(*) FROM follows f WHERE f.account_id = a.id)")
                .query(Long.class)
                .single();
        db.sql("DELETE FROM account_stats").update();
        db.sql(RECOUNT).update();
        return differing;
    }

    private void add(long accountId, long statuses, long followers, long following) {
        db.sql("INSERT INTO account_stats (account_id, statuses_count, followers_count, following_count)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET"
                        + " statuses_count = account_stats.statuses_count + excluded.statuses_count,"
                        + " followers_count = account_stats.followers_count + excluded.followers_count,"
                        + " following_count = account_stats.following_count + excluded.following_count")
                .params(accountId, statuses, followers, following)
                .update();
    }
}
