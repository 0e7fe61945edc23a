package org.junto.actions;

import org.junto.jobs.EventHandler;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Component;

/**
 * Follows the task made by accepting an offer or a need: done fulfils the offer or need and credits the helper;
 * reopened, it is accepted again (not fulfilled; the credit stays in the append-only log and is not given twice);
 * cancelled, it is open again for someone else.
 */
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
        Task task = tasks.byId(event.taskId()).orElse(null);
        if (task == null || task.offerNeedId() == null) {
            return;
        }
        OfferNeed met = offersNeeds.byId(task.offerNeedId()).orElse(null);
        if (met == null || met.taskId() == null || met.taskId() != task.id()) {
            return;
        }
        switch (event.change()) {
            case "done" -> {
                if (task.state() == TaskState.DONE && met.helperId() != null && offersNeeds.fulfil(met.id())) {
                    outbox.publish(new OfferNeedMet(met.id(), met.kind(), met.helperId(), met.helpedId(), task.id()));
                }
            }
            case "reopen" -> {
                if (task.state() == TaskState.OPEN) {
                    offersNeeds.unfulfil(met.id());
                }
            }
            case "cancel" -> {
                if (task.state() == TaskState.CANCELLED) {
                    offersNeeds.release(met.id());
                }
            }
            default -> {}
        }
    }
}
