package org.junto.core;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-sortable 64-bit ids, as Mastodon makes them: milliseconds since the epoch in the high 48 bits, a counter in
 * the low 16. Ids from one process are strictly increasing; the random start within a millisecond keeps nodes of a
 * cluster apart, and unique keys in the database catch the rest.
 */
public final class Ids {
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {}

    public static long next() {
        long candidate =
                (System.currentTimeMillis() << 16) | ThreadLocalRandom.current().nextInt(0x400);
        return LAST.updateAndGet(last -> Math.max(candidate, last + 1));
    }

    /** The smallest id that could have been made at {@code instant}: lets clients page by time. */
    public static long lowestAt(Instant instant) {
        return instant.toEpochMilli() << 16;
    }

    public static Instant timeOf(long id) {
        return Instant.ofEpochMilli(id >>> 16);
    }

    /** Parses an id from an API parameter; anything that is not a positive number cannot name a row. */
    public static Long parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
