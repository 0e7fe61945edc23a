package org.junto.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junto.actions.Task;
import org.junto.actions.TaskChanged;
import org.junto.actions.Tasks;
import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/**
 * Tells a task's creator that it was claimed or done, and both people of an accepted offer or need that their task
 * exists, with the post that did it. It uses Mastodon's {@code status} type ("someone posted"), which clients
 * display with the post, rather than a type of Junto's own that many clients would drop (docs/decisions/0015).
 * Assignees hear of their assignment through the mention in the post that assigns them, so nobody is told twice.
 */
@Component
class NotifyOnTaskChanged implements EventHandler<TaskChanged> {
    private final Tasks tasks;
    private final Statuses statuses;
    private final StatusVisibility visibility;
    private final Notifier notifier;

    NotifyOnTaskChanged(Tasks tasks, Statuses statuses, StatusVisibility visibility, Notifier notifier) {
        this.tasks = tasks;
        this.statuses = statuses;
        this.visibility = visibility;
        this.notifier = notifier;
    }

    @Override
    public Class<TaskChanged> eventType() {
        return TaskChanged.class;
    }

    @Override
    public void handle(TaskChanged event) {
        Task task = tasks.byId(event.taskId()).orElse(null);
        if (task == null || statuses.byId(event.statusId()).isEmpty()) {
            return;
        }
        Set<Long> recipients = new LinkedHashSet<>();
        switch (event.change()) {
            case "claim", "done" -> recipients.add(task.creatorId());
            case "created" -> {
                if (task.offerNeedId() != null) {
                    recipients.add(task.creatorId());
                    recipients.addAll(task.assigneeIds());
                }
            }
            default -> {}
        }
        List<Long> mentioned = statuses.mentionedAccountIds(event.statusId());
        for (long recipient : recipients) {
            if (!mentioned.contains(recipient) && visibility.canSee(recipient, event.statusId())) {
                notifier.notify(
                        recipient, event.actorId(), NotificationTypes.STATUS, event.statusId(), event.statusId());
            }
        }
    }
}
