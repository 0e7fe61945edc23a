package org.junto.streaming;

import java.util.function.Consumer;

/**
 * The port doors subscribe through. A subscription belongs to one viewer (null for an anonymous one) and receives,
 * on {@code sink}, the events of the streams it has added, each already checked against the visibility policy, blocks
 * and mutes for that viewer. The sink must not block: it is called from the delivering thread.
 */
public interface LiveStreams {

    Subscription open(Long viewerAccountId, Consumer<StreamEvent> sink);

    interface Subscription extends AutoCloseable {
        /** Starts delivering {@code stream}; a private stream needs a signed-in viewer. */
        void add(Stream stream);

        void remove(Stream stream);

        /** Stops every delivery; called when the connection closes. Idempotent. */
        @Override
        void close();
    }
}
