package org.junto.actions;

import org.junto.jobs.EventHandler;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Component;

/** The task made by accepting an offer or a need is done: the offer or need is fulfilled and the helper credited. */
@Component
class FulfilOnTaskDone implements EventHandler<TaskChanged> {
    private final Tasks tasks;
    private final OffersNeeds offersNeeds;
    private final Outbox outbox;

    FulfilOnTaskDone(Tasks tasks, OffersNeeds offersNeeds, Outbox outbox) {
        this.tasks = tasks;
        this.offersNeeds = offersNeeds;
        this.outbox = outbox;
    }

    @Override
    public Class<TaskChanged> eventType() {
        return TaskChanged.class;
    }

    @Override
    public void handle(TaskChanged event) {
        if (!event.change().equals("done")) {
            return;
        }
        Task task = tasks.byId(event.taskId()).orElse(null);
        if (task == null || task.offerNeedId() == null || task.state() != TaskState.DONE) {
            return;
        }
        OfferNeed met = offersNeeds.byId(task.offerNeedId()).orElse(null);
        if (met != null && met.helperId() != null && offersNeeds.fulfil(met.id())) {
            outbox.publish(new OfferNeedMet(met.id(), met.kind(), met.helperId(), met.helpedId(), task.id()));
        }
    }
}
