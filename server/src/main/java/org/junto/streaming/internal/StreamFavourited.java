package org.junto.streaming.internal;

import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusFavourited;
import org.junto.streaming.BusMessage;
import org.junto.streaming.StreamBus;
import org.springframework.stereotype.Component;

/** A favourite changes the status's counts, for Junto's {@code junto.counts} event. */
@Component
class StreamFavourited implements EventHandler<StatusFavourited> {
    private final StreamBus bus;

    StreamFavourited(StreamBus bus) {
        this.bus = bus;
    }

    @Override
    public Class<StatusFavourited> eventType() {
        return StatusFavourited.class;
    }

    @Override
    public void handle(StatusFavourited event) {
        bus.publish(new BusMessage(BusMessage.Kind.COUNTS, event.statusId(), event.accountId()));
    }
}
