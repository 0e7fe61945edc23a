package org.junto.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts requests per key in fixed windows. The in-process {@link InMemoryRateLimiter} serves one node; a cluster
 * needs a shared one (Redis), which plugs in as another bean of this type.
 */
public interface RateLimiter {

    /** Counts one request for {@code key} against {@code limit} per {@code period} and says where the key stands. */
    Usage hit(String key, int limit, Duration period);

    /** After a hit: whether it was within the limit, how many remain and when the window starts afresh. */
    record Usage(boolean allowed, int limit, int remaining, Instant resetAt) {}
}
