package org.junto.api.mastodon;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Mastodon's datetime formats: ISO 8601 with milliseconds in UTC, and plain dates for day-precision fields. */
public final class Dates {
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Dates() {}

    public static String datetime(Instant instant) {
        return instant == null ? null : DATETIME.format(instant);
    }

    /** Accounts' {@code created_at} is reported at day precision, as Mastodon does. */
    static String midnight(Instant instant) {
        return instant == null ? null : DATETIME.format(instant.truncatedTo(ChronoUnit.DAYS));
    }

    static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }
}
