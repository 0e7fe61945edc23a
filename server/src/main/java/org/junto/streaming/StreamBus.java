package org.junto.streaming;

import java.util.function.Consumer;

/**
 * Carries {@link BusMessage}s to every node, this one included. In-process by default; across nodes in cluster mode.
 * {@link #publish} never blocks on delivery, and a receiver runs off the publishing thread.
 */
public interface StreamBus {

    void publish(BusMessage message);

    void subscribe(Consumer<BusMessage> receiver);
}
