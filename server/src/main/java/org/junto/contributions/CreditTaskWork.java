package org.junto.contributions;

import java.time.Instant;
import org.junto.actions.TaskChanged;
import org.junto.actions.Tasks;
import org.junto.jobs.EventHandler;
import org.springframework.stereotype.Component;

/** Creating a task, claiming it and doing it are contributions; claiming and doing credit the task's creator. */
@Component
class CreditTaskWork implements EventHandler<TaskChanged> {
    private final Tasks tasks;
    private final Credit credit;

    CreditTaskWork(Tasks tasks, Credit credit) {
        this.tasks = tasks;
        this.credit = credit;
    }

    @Override
    public Class<TaskChanged> eventType() {
        return TaskChanged.class;
    }

    @Override
    public void handle(TaskChanged event) {
        ContributionType type = switch (event.change()) {
            case "created" -> ContributionType.TASK_CREATED;
            case "claim" -> ContributionType.TASK_CLAIMED;
            case "done" -> ContributionType.TASK_DONE;
            default -> null;
        };
        if (type == null) {
            return;
        }
        tasks.byId(event.taskId())
                .ifPresent(task -> credit.give(
                        event.actorId(),
                        type,
                        type == ContributionType.TASK_CREATED ? null : task.creatorId(),
                        "task:" + task.id() + ":" + event.change() + ":" + event.statusId(),
                        Instant.now(),
                        task.originStatusId()));
    }
}
