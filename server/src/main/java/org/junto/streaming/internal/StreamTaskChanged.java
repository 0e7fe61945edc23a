package org.junto.streaming.internal;

import org.junto.actions.TaskChanged;
import org.junto.jobs.EventHandler;
import org.junto.streaming.BusMessage;
import org.junto.streaming.StreamBus;
import org.springframework.stereotype.Component;

/** A task made or changed, for Junto's {@code junto.task} event: boards and task pages follow it live. */
@Component
class StreamTaskChanged implements EventHandler<TaskChanged> {
    private final StreamBus bus;

    StreamTaskChanged(StreamBus bus) {
        this.bus = bus;
    }

    @Override
    public Class<TaskChanged> eventType() {
        return TaskChanged.class;
    }

    @Override
    public void handle(TaskChanged event) {
        bus.publish(new BusMessage(BusMessage.Kind.TASK, event.taskId(), event.actorId()));
    }
}
