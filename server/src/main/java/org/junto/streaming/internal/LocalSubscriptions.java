package org.junto.streaming.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.junto.core.JuntoException;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.junto.streaming.StreamEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The subscriptions open on this node. Kept small: an idle subscription is a viewer id, a sink and its streams. */
@Component
class LocalSubscriptions implements LiveStreams {
    private static final Logger log = LoggerFactory.getLogger(LocalSubscriptions.class);
    private final Set<Sub> open = ConcurrentHashMap.newKeySet();

    @Override
    public Subscription open(Long viewerAccountId, Consumer<StreamEvent> sink) {
        Sub sub = new Sub(viewerAccountId, sink);
        open.add(sub);
        return sub;
    }

    /** A snapshot of the open subscriptions that have at least one stream. */
    List<Sub> active() {
        return open.stream().filter(s -> !s.streams.isEmpty()).toList();
    }

    int size() {
        return open.size();
    }

    final class Sub implements Subscription {
        final Long viewer;
        private final Consumer<StreamEvent> sink;
        private final Set<Stream> streams = new CopyOnWriteArraySet<>();
        private volatile boolean closed;

        private Sub(Long viewer, Consumer<StreamEvent> sink) {
            this.viewer = viewer;
            this.sink = sink;
        }

        @Override
        public void add(Stream stream) {
            if (stream.needsSignIn() && viewer == null) {
                throw JuntoException.unauthorized("Missing access token");
            }
            if (!closed) {
                streams.add(stream);
            }
        }

        @Override
        public void remove(Stream stream) {
            streams.remove(stream);
        }

        @Override
        public void close() {
            closed = true;
            streams.clear();
            open.remove(this);
        }

        Set<Stream> streams() {
            return streams;
        }

        boolean has(String name) {
            return streams.stream().anyMatch(s -> s.name().equals(name));
        }

        void deliver(Stream stream, String event, long subjectId) {
            if (closed || !streams.contains(stream)) {
                return;
            }
            try {
                sink.accept(new StreamEvent(stream, event, subjectId));
            } catch (RuntimeException e) {
                // One subscriber's broken sink must not stop deliveries to the others.
                log.debug("Stream sink failed", e);
            }
        }
    }
}
