package org.junto.security;

import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junto.cluster.ClusterRedis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rate-limit counters of a cluster, in Redis, with the semantics of {@link InMemoryRateLimiter}: fixed windows
 * aligned to the epoch. One Lua script counts a hit and, on a window's first hit, makes the counter expire when the
 * window ends, atomically; the window is taken from Redis's clock, so all nodes agree on it and on the reset time
 * whatever their own clocks say. If Redis cannot be reached the request is let through (counted nowhere): an outage
 * of the shared counter should not take the API down with it.
 */
class RedisRateLimiter implements RateLimiter {
    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final String SCRIPT = """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local length = tonumber(ARGV[1])
            local reset = now - (now % length) + length
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then
              redis.call('PEXPIREAT', KEYS[1], reset)
            end
            return {count, reset}
            """;
    private final ClusterRedis redis;
    private final Clock clock;
    private final String sha;
    private final AtomicBoolean failing = new AtomicBoolean();

    RedisRateLimiter(ClusterRedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
        this.sha = redis.connection().sync().digest(SCRIPT);
    }

    @Override
    public Usage hit(String key, int limit, Duration period) {
        String[] keys = {redis.key("rate:" + key)};
        String length = Long.toString(period.toMillis());
        RedisCommands<String, String> commands = redis.connection().sync();
        List<Long> result;
        try {
            try {
                result = commands.evalsha(sha, ScriptOutputType.MULTI, keys, length);
            } catch (RedisNoScriptException e) {
                // Redis's script cache is empty after a restart or SCRIPT FLUSH: send the script itself once.
                result = commands.eval(SCRIPT, ScriptOutputType.MULTI, keys, length);
            }
        } catch (RedisException e) {
            return letThrough(limit, period, e);
        }
        if (failing.compareAndSet(true, false)) {
            log.info("Rate limits are counted in Redis again");
        }
        int count = (int) Math.min(Integer.MAX_VALUE, result.get(0));
        return new Usage(count <= limit, limit, Math.max(0, limit - count), Instant.ofEpochMilli(result.get(1)));
    }

    private Usage letThrough(int limit, Duration period, RedisException e) {
        if (failing.compareAndSet(false, true)) {
            log.warn("Cannot count rate limits in Redis; requests are not limited until it is back", e);
        }
        long now = clock.millis();
        long length = period.toMillis();
        return new Usage(true, limit, limit, Instant.ofEpochMilli(now - Math.floorMod(now, length) + length));
    }
}
