package org.junto.api.mastodon.streaming;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.StreamEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open streaming connection. Deliveries only enqueue (never block the delivering thread); a virtual thread is
 * started to write while there is something to write and ends when the queue is empty, so an idle connection holds
 * no thread. A client too slow to keep up fills its bounded queue and is disconnected, and nobody else waits for it.
 */
abstract class Connection {
    static final int QUEUE_LIMIT = 512;
    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    private static final Object HEARTBEAT = new Object();

    /** A message written as it is (an error on the WebSocket). */
    record Raw(String text) {}

    final Caller caller;
    final long viewer;
    final LiveStreams.Subscription subscription;
    private final StreamPayloads payloads;
    private final OpenConnections registry;
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    Connection(Caller caller, LiveStreams streams, StreamPayloads payloads, OpenConnections registry) {
        this.caller = caller;
        this.viewer = StreamRequest.viewer(caller);
        this.payloads = payloads;
        this.registry = registry;
        this.subscription = streams.open(viewer, this::offer);
        registry.add(this);
    }

    abstract void sendEvent(StreamEvent event, String payload) throws Exception;

    abstract void sendRaw(String text) throws Exception;

    abstract void sendHeartbeat() throws Exception;

    /** Ends the transport; {@code reason} says why, for the close frame where there is one. */
    abstract void endTransport(String reason);

    final void heartbeat() {
        offer(HEARTBEAT);
    }

    final void offer(Object item) {
        if (closed.get()) {
            return;
        }
        if (queued.incrementAndGet() > QUEUE_LIMIT) {
            close("Too slow: " + QUEUE_LIMIT + " messages waiting");
            return;
        }
        queue.add(item);
        if (writing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("junto-stream-writer").start(this::drain);
        }
    }

    private void drain() {
        do {
            Object item;
            while (!closed.get() && (item = queue.poll()) != null) {
                queued.decrementAndGet();
                try {
                    write(item);
                } catch (Exception e) {
                    log.debug("Stream write failed; closing", e);
                    close("Write failed");
                    return;
                }
            }
            writing.set(false);
        } while (!queue.isEmpty() && !closed.get() && writing.compareAndSet(false, true));
    }

    private void write(Object item) throws Exception {
        if (item == HEARTBEAT) {
            sendHeartbeat();
        } else if (item instanceof Raw raw) {
            sendRaw(raw.text());
        } else if (item instanceof StreamEvent event) {
            Optional<String> payload = payloads.render(event, viewer);
            if (payload.isPresent()) {
                sendEvent(event, payload.get());
            }
        }
    }

    final boolean isClosed() {
        return closed.get();
    }

    /** Stops deliveries and ends the transport. Idempotent. */
    final void close(String reason) {
        if (closed.compareAndSet(false, true)) {
            subscription.close();
            registry.remove(this);
            queue.clear();
            endTransport(reason);
        }
    }
}
