package org.junto.instance;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Usage figures for the instance documents and NodeInfo; counted on request, which is cheap at this size. */
@Repository
public class InstanceStats {
    private final JdbcClient db;

    InstanceStats(JdbcClient db) {
        this.db = db;
    }

    public long userCount() {
        return db.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }

    /** Statuses written here, boosts not counted. */
    public long statusCount() {
        return db.sql("SELECT COUNT(*) FROM statuses WHERE reblog_of_id IS NULL")
                .query(Long.class)
                .single();
    }

    /**
     * Accounts active within {@code period}: signed up or posted in it. Logins are not recorded yet, so this is a
     * lower bound of Mastodon's figure.
     */
    public long activeUsers(Duration period) {
        long since = Instant.now().minus(period).toEpochMilli();
        return db.sql("SELECT COUNT(*) FROM accounts WHERE created_at >= ? OR last_status_at >= ?")
                .params(since, since)
                .query(Long.class)
                .single();
    }
}
