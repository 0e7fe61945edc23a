package org.junto.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * This node's Redis client, in cluster mode only. One shared connection carries commands (Lettuce connections are
 * thread-safe and pipeline concurrent commands); pub/sub gets connections of its own. Lettuce reconnects by itself
 * and re-subscribes pub/sub channels. While Redis is unreachable commands fail at once instead of queueing, so a
 * request never waits on a Redis that is down; callers decide what failing means for them.
 *
 * <p>Every key and channel is named under {@code junto.redis-prefix} ({@code junto:} by default), so several Junto
 * installations, or test runs, can share one Redis.
 */
@Component
@Conditional(ClusterMode.On.class)
public class ClusterRedis implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ClusterRedis.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String prefix;

    ClusterRedis(@Value("${junto.redis-url}") String url, @Value("${junto.redis-prefix:junto:}") String prefix) {
        RedisURI uri = RedisURI.create(url.strip());
        uri.setClientName(prefix.replaceAll("[^A-Za-z0-9_:.-]", "") + "node");
        this.prefix = prefix;
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        try {
            this.connection = client.connect();
        } catch (RedisConnectionException e) {
            client.shutdown();
            // The URL may hold a password: name only where it points.
            throw new IllegalStateException(
                    "Cannot connect to Redis at " + uri.getHost() + ":" + uri.getPort() + " (JUNTO_REDIS_URL)", e);
        }
        connection.setTimeout(COMMAND_TIMEOUT);
        log.info("Cluster mode: Redis at {}:{}, keys under \"{}\"", uri.getHost(), uri.getPort(), prefix);
    }

    /** The shared command connection. */
    public StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    /** A new pub/sub connection; the caller closes it. */
    public StatefulRedisPubSubConnection<String, String> connectPubSub() {
        StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
        pubSub.setTimeout(COMMAND_TIMEOUT);
        return pubSub;
    }

    /** {@code name} under this installation's prefix: every Redis key and channel Junto uses goes through here. */
    public String key(String name) {
        return prefix + name;
    }

    @Override
    public void destroy() {
        connection.close();
        client.shutdown();
    }
}
