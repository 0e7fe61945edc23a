package org.junto.social;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The three numbers a profile shows: posts (boosts included, as Mastodon counts), followers and following. */
@Component
public class AccountCounts {
    private final JdbcClient db;

    AccountCounts(JdbcClient db) {
        this.db = db;
    }

    public record Counts(long statuses, long followers, long following) {}

    public Counts of(long accountId) {
        return new Counts(
                count("SELECT COUNT(*) FROM statuses WHERE account_id = ?", accountId),
                count("SELECT COUNT(*) FROM follows WHERE target_account_id = ?", accountId),
                count("SELECT COUNT(*) FROM follows WHERE account_id = ?", accountId));
    }

    private long count(String sql, long accountId) {
        return db.sql(sql).param(accountId).query(Long.class).single();
    }
}
