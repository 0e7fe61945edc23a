package org.junto.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.junto.streaming.StreamEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A test-only {@link LiveStreams}: records subscriptions and lets a test deliver events to them, to exercise doors
 * (the web app's SSE) on their own. It does no visibility filtering: the test plays the part of the real bus.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestLiveStreams {

    @Bean
    @Primary
    Hub testLiveStreams() {
        return new Hub();
    }

    public static class Hub implements LiveStreams {
        private final List<Sub> subscriptions = new CopyOnWriteArrayList<>();

        @Override
        public Subscription open(Long viewerAccountId, Consumer<StreamEvent> sink) {
            Sub sub = new Sub(viewerAccountId, sink, new CopyOnWriteArrayList<>(), this);
            subscriptions.add(sub);
            return sub;
        }

        /** Delivers {@code event} to every open subscription of {@code viewer} (null: anonymous) with its stream. */
        public int deliver(Long viewer, StreamEvent event) {
            int delivered = 0;
            for (Sub s : subscriptions) {
                if (java.util.Objects.equals(s.viewer, viewer) && s.streams.contains(event.stream())) {
                    s.sink.accept(event);
                    delivered++;
                }
            }
            return delivered;
        }

        /** The streams open for {@code viewer}, across their subscriptions. */
        public Set<Stream> streamsOf(Long viewer) {
            Set<Stream> open = new java.util.HashSet<>();
            subscriptions.stream()
                    .filter(s -> java.util.Objects.equals(s.viewer, viewer))
                    .forEach(s -> open.addAll(s.streams));
            return open;
        }
    }

    record Sub(Long viewer, Consumer<StreamEvent> sink, List<Stream> streams, Hub hub)
            implements LiveStreams.Subscription {
        @Override
        public void add(Stream stream) {
            if (stream.needsSignIn() && viewer == null) {
                throw new IllegalStateException("A private stream needs a signed-in viewer");
            }
            streams.add(stream);
        }

        @Override
        public void remove(Stream stream) {
            streams.remove(stream);
        }

        @Override
        public void close() {
            hub.subscriptions.remove(this);
        }
    }
}
