package org.junto.accounts;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.junto.core.JuntoException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's time zone (an IANA id, UTC until they choose one): relative dates they write, such as a task's
 * {@code due:friday}, mean their own Friday.
 */
@Component
public class TimeZones {
    private final JdbcClient db;

    TimeZones(JdbcClient db) {
        this.db = db;
    }

    public ZoneId of(long accountId) {
        return db.sql("SELECT time_zone FROM users WHERE account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .map(TimeZones::parseOrUtc)
                .orElse(ZoneId.of("UTC"));
    }

    public ZoneId set(long accountId, String zone) {
        ZoneId parsed;
        try {
            parsed = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw JuntoException.invalid("Validation failed: time_zone must be an IANA time zone such as Europe/Paris");
        }
        db.sql("UPDATE users SET time_zone = ? WHERE account_id = ?")
                .params(parsed.getId(), accountId)
                .update();
        return parsed;
    }

    private static ZoneId parseOrUtc(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
