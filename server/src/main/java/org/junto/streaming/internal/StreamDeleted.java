package org.junto.streaming.internal;

import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusDeleted;
import org.junto.streaming.BusMessage;
import org.junto.streaming.StreamBus;
import org.springframework.stereotype.Component;

/** A deleted status's id goes to the streams, as {@code delete}. */
@Component
class StreamDeleted implements EventHandler<StatusDeleted> {
    private final StreamBus bus;

    StreamDeleted(StreamBus bus) {
        this.bus = bus;
    }

    @Override
    public Class<StatusDeleted> eventType() {
        return StatusDeleted.class;
    }

    @Override
    public void handle(StatusDeleted event) {
        bus.publish(new BusMessage(BusMessage.Kind.DELETED, event.statusId(), event.accountId()));
    }
}
