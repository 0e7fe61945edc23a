package org.junto.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed windows aligned to the epoch (as Mastodon's rack-attack counts), kept in this process. Windows of past
 * periods are dropped now and then, so memory stays proportional to the keys seen in one period.
 */
class InMemoryRateLimiter implements RateLimiter {
    private static final int SWEEP_EVERY = 4096;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final Clock clock;

    InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    private record Window(long start, int count) {}

    @Override
    public Usage hit(String key, int limit, Duration period) {
        long now = clock.millis();
        long length = period.toMillis();
        long start = now - Math.floorMod(now, length);
        Window window = windows.compute(
                key,
                (k, w) -> w == null || w.start() != start ? new Window(start, 1) : new Window(start, w.count() + 1));
        if (hits.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> w.start() + length <= now);
        }
        int remaining = Math.max(0, limit - window.count());
        return new Usage(window.count() <= limit, limit, remaining, Instant.ofEpochMilli(start + length));
    }
}
