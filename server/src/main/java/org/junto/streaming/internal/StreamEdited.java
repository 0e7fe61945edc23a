package org.junto.streaming.internal;

import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusEdited;
import org.junto.streaming.BusMessage;
import org.junto.streaming.StreamBus;
import org.springframework.stereotype.Component;

/** An edited status goes to the streams that carry it, as {@code status.update}. */
@Component
class StreamEdited implements EventHandler<StatusEdited> {
    private final StreamBus bus;

    StreamEdited(StreamBus bus) {
        this.bus = bus;
    }

    @Override
    public Class<StatusEdited> eventType() {
        return StatusEdited.class;
    }

    @Override
    public void handle(StatusEdited event) {
        bus.publish(new BusMessage(BusMessage.Kind.EDITED, event.statusId(), event.accountId()));
    }
}
