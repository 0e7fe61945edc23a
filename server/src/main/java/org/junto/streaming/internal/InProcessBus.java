package org.junto.streaming.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junto.cluster.ClusterMode;
import org.junto.streaming.BusMessage;
import org.junto.streaming.StreamBus;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The bus of a single node: messages go straight to this node's receivers (which hand them to their own thread). In
 * cluster mode {@link RedisStreamBus} takes its place.
 */
@Component
@Conditional(ClusterMode.Off.class)
class InProcessBus implements StreamBus {
    private final List<Consumer<BusMessage>> receivers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(BusMessage message) {
        receivers.forEach(r -> r.accept(message));
    }

    @Override
    public void subscribe(Consumer<BusMessage> receiver) {
        receivers.add(receiver);
    }
}
