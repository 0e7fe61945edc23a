package org.junto.api.mastodon.streaming;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.StreamEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open streaming connection. Deliveries only enqueue (never block the delivering thread); a virtual thread is
 * started to write while there is something to write and ends when the queue is empty, so an idle connection holds
 * no thread. An idle connection holds no queue either: it is made on the first delivery and dropped when drained,
 * since 10,000 idle connections must fit in little memory (decision 0019). A client too slow to keep up fills its
 * bounded queue and is disconnected, and nobody else waits for it.
 */
abstract class Connection {
    static final int QUEUE_LIMIT = 512;
    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    private static final Object HEARTBEAT = new Object();
    private static final ThreadFactory WRITERS =
            Thread.ofVirtual().name("junto-stream-writer").factory();

    /** A message written as it is (an error on the WebSocket). */
    record Raw(String text) {}

    final Caller caller;
    final long viewer;
    final LiveStreams.Subscription subscription;
    private final StreamPayloads payloads;
    private final OpenConnections registry;
    /** Null while nothing waits; guarded by {@code this}, as are {@link #writing} and {@link #closed}. */
    private ArrayDeque<Object> queue;

    private boolean writing;
    private volatile boolean closed;

    Connection(Caller caller, LiveStreams streams, StreamPayloads payloads, OpenConnections registry) {
        this.caller = caller;
        this.viewer = StreamRequest.viewer(caller);
        this.payloads = payloads;
        this.registry = registry;
        this.subscription = streams.open(viewer, this::deliver);
        registry.add(this);
    }

    abstract void sendEvent(StreamEvent event, StreamPayloads.Payload payload) throws Exception;

    abstract void sendRaw(String text) throws Exception;

    abstract void sendHeartbeat() throws Exception;

    /** Ends the transport; {@code reason} says why, for the close frame where there is one. */
    abstract void endTransport(String reason);

    final void heartbeat() {
        offer(HEARTBEAT);
    }

    private void deliver(StreamEvent event) {
        if (StreamPayloads.carries(event)) {
            offer(event);
        }
    }

    final void offer(Object item) {
        boolean tooSlow = false;
        boolean startWriter = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue == null) {
                queue = new ArrayDeque<>(4);
            }
            if (queue.size() >= QUEUE_LIMIT) {
                tooSlow = true;
            } else {
                queue.add(item);
                startWriter = !writing;
                writing = true;
            }
        }
        if (tooSlow) {
            close("Too slow: " + QUEUE_LIMIT + " messages waiting");
        } else if (startWriter) {
            WRITERS.newThread(this::drain).start();
        }
    }

    private void drain() {
        while (true) {
            Object item;
            synchronized (this) {
                item = closed || queue == null ? null : queue.poll();
                if (item == null) {
                    queue = null;
                    writing = false;
                    return;
                }
            }
            try {
                write(item);
            } catch (Exception e) {
                log.debug("Stream write failed; closing", e);
                close("Write failed");
                return;
            }
        }
    }

    private void write(Object item) throws Exception {
        if (item == HEARTBEAT) {
            sendHeartbeat();
        } else if (item instanceof Raw raw) {
            sendRaw(raw.text());
        } else if (item instanceof StreamEvent event) {
            Optional<StreamPayloads.Payload> payload = payloads.render(event, viewer);
            if (payload.isPresent()) {
                sendEvent(event, payload.get());
            }
        }
    }

    final boolean isClosed() {
        return closed;
    }

    /** Stops deliveries and ends the transport. Idempotent. */
    final void close(String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue = null;
        }
        subscription.close();
        registry.remove(this);
        // Ending the transport may block (a WebSocket close frame to a client that stopped reading waits for Tomcat's
        // send timeout), and close is called from the shared timer that re-checks tokens and sends heartbeats for
        // every connection: it must never wait on one client.
        Thread.ofVirtual().name("junto-stream-close").start(() -> endTransport(reason));
    }
}
