package org.junto.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis cluster tests run against: {@code junto.test.redis.url}, by default the local one at 127.0.0.1:6379. Tests
 * that need it skip themselves when it does not answer, so the build passes on a machine with only a JDK.
 */
public final class TestRedis {
    public static final String URL = System.getProperty("junto.test.redis.url", "redis://127.0.0.1:6379");

    private TestRedis() {}

    /** Whether Redis answers PING. */
    public static boolean reachable() {
        return pings();
    }

    /**
     * Skips the calling test unless {@code reachable} (from {@link #reachable()}, asked once per class). Called per
     * test rather than from {@code @BeforeAll}, so the report counts the tests as skipped instead of omitting them.
     */
    public static void assume(boolean reachable) {
        Assumptions.assumeTrue(reachable, "No Redis answers at " + URL + "; cluster tests skipped");
    }

    /** A key and channel prefix of its own, so parallel test runs on one Redis never see each other's data. */
    public static String uniquePrefix() {
        return "junto-test-" + UUID.randomUUID().toString().substring(0, 13) + ":";
    }

    /** A direct connection, for tests that inspect or disturb Redis itself; the caller closes the client. */
    public static RedisClient client() {
        RedisURI uri = RedisURI.create(URL);
        uri.setTimeout(Duration.ofSeconds(2));
        return RedisClient.create(uri);
    }

    private static boolean pings() {
        RedisClient client = client();
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return "PONG".equals(connection.sync().ping());
        } catch (RedisException e) {
            return false;
        } finally {
            client.shutdown();
        }
    }
}
