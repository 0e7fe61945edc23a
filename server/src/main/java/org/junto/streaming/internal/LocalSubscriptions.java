package org.junto.streaming.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junto.core.JuntoException;
import org.junto.streaming.Delivery;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.junto.streaming.StreamEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The subscriptions open on this node. Kept small, since 10,000 idle ones must fit in little memory: a subscription
 * is a viewer id, a sink and an array of its streams (nearly always one), replaced whole when it changes.
 */
@Component
class LocalSubscriptions implements LiveStreams {
    private static final Logger log = LoggerFactory.getLogger(LocalSubscriptions.class);
    private static final Stream[] NONE = new Stream[0];
    private final Set<Sub> open = ConcurrentHashMap.newKeySet();

    @Override
    public Subscription open(Long viewerAccountId, Consumer<StreamEvent> sink) {
        Sub sub = new Sub(viewerAccountId, sink);
        open.add(sub);
        return sub;
    }

    /** A snapshot of the open subscriptions that have at least one stream. */
    List<Sub> active() {
        List<Sub> active = new ArrayList<>(open.size());
        for (Sub s : open) {
            if (s.streams.length > 0) {
                active.add(s);
            }
        }
        return active;
    }

    int size() {
        return open.size();
    }

    final class Sub implements Subscription {
        final Long viewer;
        private final Consumer<StreamEvent> sink;
        /** Never modified in place: readers on the delivering thread see a consistent array without locking. */
        private volatile Stream[] streams = NONE;

        private volatile boolean closed;

        private Sub(Long viewer, Consumer<StreamEvent> sink) {
            this.viewer = viewer;
            this.sink = sink;
        }

        @Override
        public synchronized void add(Stream stream) {
            if (stream.needsSignIn() && viewer == null) {
                throw JuntoException.unauthorized("Missing access token");
            }
            if (!closed && !has(stream)) {
                Stream[] more = Arrays.copyOf(streams, streams.length + 1);
                more[streams.length] = stream;
                streams = more;
            }
        }

        @Override
        public synchronized void remove(Stream stream) {
            streams = Arrays.stream(streams).filter(s -> !s.equals(stream)).toArray(Stream[]::new);
        }

        @Override
        public void close() {
            closed = true;
            streams = NONE;
            open.remove(this);
        }

        List<Stream> streams() {
            return Arrays.asList(streams);
        }

        boolean has(Stream stream) {
            for (Stream s : streams) {
                if (s.equals(stream)) {
                    return true;
                }
            }
            return false;
        }

        boolean has(String name) {
            for (Stream s : streams) {
                if (s.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        void deliver(Stream stream, String event, long subjectId, Delivery delivery) {
            if (closed || !has(stream)) {
                return;
            }
            try {
                sink.accept(new StreamEvent(stream, event, subjectId, delivery));
            } catch (RuntimeException e) {
                // One subscriber's broken sink must not stop deliveries to the others.
                log.debug("Stream sink failed", e);
            }
        }
    }
}
