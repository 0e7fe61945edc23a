package org.junto.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junto.jobs.EventHandler;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Component;

/**
 * Due-date reminders as durable scheduled jobs: "due tomorrow" at 09:00 the day before in the creator's time zone,
 * "overdue" when the due day has ended. Each job carries the due instant it was made for, so a reminder for a date
 * since changed, or for a task since done or cancelled, does nothing; the task history makes a retry post nothing new.
 */
@Component
class TaskReminders implements EventHandler<TaskReminder> {
    static final LocalTime REMIND_AT = LocalTime.of(9, 0);
    private final Outbox outbox;
    private final Tasks tasks;
    private final TaskWrites writes;
    private final ActionsBot bot;

    TaskReminders(Outbox outbox, Tasks tasks, TaskWrites writes, ActionsBot bot) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.writes = writes;
        this.bot = bot;
    }

    void schedule(long taskId, LocalDate due, Instant dueAt, ZoneId zone) {
        if (due == null) {
            return;
        }
        Instant dayBefore = due.minusDays(1).atTime(REMIND_AT).atZone(zone).toInstant();
        if (dayBefore.isAfter(Instant.now())) {
            outbox.publishAt(new TaskReminder(taskId, dueAt.toEpochMilli(), "due_soon"), dayBefore);
        }
        outbox.publishAt(new TaskReminder(taskId, dueAt.toEpochMilli(), "overdue"), dueAt);
    }

    @Override
    public Class<TaskReminder> eventType() {
        return TaskReminder.class;
    }

    @Override
    public void handle(TaskReminder reminder) {
        Task task = tasks.byId(reminder.taskId()).orElse(null);
        if (task == null
                || task.dueAt() == null
                || task.dueAt().toEpochMilli() != reminder.dueAt()
                || (task.state() != TaskState.OPEN && task.state() != TaskState.CLAIMED)
                || writes.hasEvent(task.id(), reminder.kind(), task.dueOn().toString())) {
            return;
        }
        List<Long> named = task.assigneeIds().isEmpty() ? List.of(task.creatorId()) : task.assigneeIds();
        // Only those who may see the task hear of it: a closed group's task is for its members only.
        var allowed = tasks.audience(task.id(), named);
        List<Long> people = named.stream().filter(allowed::contains).toList();
        if (people.isEmpty()) {
            return;
        }
        String message = reminder.kind().equals("overdue")
                ? "⏰ overdue since " + task.dueOn() + ": " + task.title()
                : "⏰ due tomorrow (" + task.dueOn() + "): " + task.title();
        var post = bot.tell(task.originStatusId(), people, message);
        writes.linkPost(post.id(), task.id());
        writes.recordEvent(
                task.id(), bot.id(), reminder.kind(), null, null, task.dueOn().toString(), post.id());
    }
}
