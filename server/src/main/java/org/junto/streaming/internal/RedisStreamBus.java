package org.junto.streaming.internal;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junto.cluster.ClusterMode;
import org.junto.cluster.ClusterRedis;
import org.junto.streaming.BusMessage;
import org.junto.streaming.StreamBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The bus of a cluster: one Redis pub/sub channel that every node publishes to and subscribes to. A node hears its own
 * messages through Redis too, not by a local short cut, so each node receives every message exactly once, in the
 * order Redis saw them, whoever published it. Like Mastodon's streaming, delivery is best effort: a message published
 * while Redis is unreachable is dropped (clients catch up through REST), and Lettuce re-subscribes after a reconnect.
 */
@Component
@Conditional(ClusterMode.On.class)
class RedisStreamBus implements StreamBus, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RedisStreamBus.class);
    private final ClusterRedis redis;
    private final String channel;
    private final List<Consumer<BusMessage>> receivers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean publishFailing = new AtomicBoolean();
    private volatile StatefulRedisPubSubConnection<String, String> subscription;

    RedisStreamBus(ClusterRedis redis) {
        this.redis = redis;
        this.channel = redis.key("stream");
    }

    @Override
    public void publish(BusMessage message) {
        try {
            redis.connection()
                    .async()
                    .publish(channel, message.encode())
                    .whenComplete((receivers, failure) -> noteOutcome(failure));
        } catch (RuntimeException e) {
            noteOutcome(e);
        }
    }

    /** Warns once when publishing starts failing and once when it works again, not once per message. */
    private void noteOutcome(Throwable failure) {
        if (failure != null && publishFailing.compareAndSet(false, true)) {
            log.warn("Cannot publish stream events to Redis; live streams miss them until it is back", failure);
        } else if (failure == null && publishFailing.compareAndSet(true, false)) {
            log.info("Publishing stream events to Redis again");
        }
    }

    @Override
    public void subscribe(Consumer<BusMessage> receiver) {
        receivers.add(receiver);
    }

    /** Subscribes before the web server opens (phase 0 starts before it), so no stream opens on a deaf node. */
    @Override
    public void start() {
        StatefulRedisPubSubConnection<String, String> connection = redis.connectPubSub();
        connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String text) {
                if (channel.equals(from)) {
                    receive(text);
                }
            }
        });
        connection.sync().subscribe(channel);
        subscription = connection;
    }

    private void receive(String text) {
        BusMessage message;
        try {
            message = BusMessage.decode(text);
        } catch (IllegalArgumentException e) {
            log.warn(
                    "Ignoring a malformed message on {}: {}", channel, text.substring(0, Math.min(100, text.length())));
            return;
        }
        receivers.forEach(r -> r.accept(message));
    }

    @Override
    public void stop() {
        StatefulRedisPubSubConnection<String, String> connection = subscription;
        subscription = null;
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
