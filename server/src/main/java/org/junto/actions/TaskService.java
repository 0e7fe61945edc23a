package org.junto.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junto.accounts.Accounts;
import org.junto.accounts.TimeZones;
import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.junto.statuses.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and changes tasks. From posts ({@link ActionsPostingStep}) the post itself is the trace; from the web or the
 * API a reply is posted in the task's thread first ({@link TaskTraces}), so both doors leave the same trail. Every
 * change is recorded in the task's history and published as {@link TaskChanged}.
 */
@Service
public class TaskService {
    private final Tasks tasks;
    private final TaskWrites writes;
    private final TaskTraces traces;
    private final TaskReminders reminders;
    private final TaskModerators moderators;
    private final TimeZones timeZones;
    private final Accounts accounts;
    private final Outbox outbox;

    TaskService(
            Tasks tasks,
            TaskWrites writes,
            TaskTraces traces,
            TaskReminders reminders,
            TaskModerators moderators,
            TimeZones timeZones,
            Accounts accounts,
            Outbox outbox) {
        this.tasks = tasks;
        this.writes = writes;
        this.traces = traces;
        this.reminders = reminders;
        this.moderators = moderators;
        this.timeZones = timeZones;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    /** A task whose origin is {@code post}; {@code due} was read in the poster's time zone. */
    Task create(Status post, long creator, String title, LocalDate due, Collection<Long> assignees, Long offerNeedId) {
        Instant dueAt = due == null ? null : endOf(due, timeZones.of(creator));
        long id = writes.insert(title, creator, post.id(), offerNeedId, due, dueAt);
        writes.addAssignees(id, assignees);
        writes.recordEvent(id, post.accountId(), "created", null, TaskState.OPEN, title, post.id());
        reminders.schedule(id, due, dueAt, timeZones.of(creator));
        outbox.publish(new TaskChanged(id, post.accountId(), "created", post.id()));
        return tasks.byId(id).orElseThrow();
    }

    /** Applies a transition asked for by the post {@code statusId}; the refusal if it may not apply. */
    JuntoException apply(Task task, ActionKind transition, long actor, long statusId) {
        JuntoException refusal = TransitionRules.refusal(task, transition, actor, moderators);
        if (refusal != null) {
            return refusal;
        }
        TaskState to = TransitionRules.RULES.get(transition).to();
        Long claimer = task.claimedBy();
        switch (transition) {
            case CLAIM, DONE -> {
                claimer = claimer == null ? actor : claimer;
                if (transition == ActionKind.CLAIM && task.assigneeIds().isEmpty()) {
                    writes.addAssignees(task.id(), List.of(actor));
                }
            }
            case DROP -> {
                if (claimer != null) {
                    writes.removeAssignee(task.id(), claimer); // whoever drops it no longer does it
                }
                claimer = null;
            }
            case REOPEN -> claimer = null;
            default -> {}
        }
        writes.setState(task.id(), to, claimer);
        writes.linkPost(statusId, task.id());
        writes.recordEvent(task.id(), actor, transition.tag(), task.state(), to, null, statusId);
        outbox.publish(new TaskChanged(task.id(), actor, transition.tag(), statusId));
        return null;
    }

    /** A transition from the web or the API: the trace is posted in the thread, then the change applied. */
    @Transactional
    public Task transition(long actor, long taskId, ActionKind transition) {
        if (!transition.isTransition()) {
            throw JuntoException.invalid("Validation failed: not a task transition");
        }
        Task task = tasks.visible(taskId, actor).orElseThrow(JuntoException::notFound);
        JuntoException refusal = TransitionRules.refusal(task, transition, actor, moderators);
        if (refusal != null) {
            throw refusal;
        }
        Status trace = traces.post(actor, task, transition.tag(), null, List.of());
        apply(task, transition, actor, trace.id());
        return tasks.byId(taskId).orElseThrow();
    }

    /** The transitions {@code actor} may apply to {@code task} now, in the rule table's order: the buttons to show. */
    public List<ActionKind> allowed(Task task, Long actor) {
        if (actor == null) {
            return List.of();
        }
        return java.util.stream.Stream.of(
                        ActionKind.CLAIM, ActionKind.DONE, ActionKind.DROP, ActionKind.REOPEN, ActionKind.CANCEL)
                .filter(kind -> TransitionRules.refusal(task, kind, actor, moderators) == null)
                .toList();
    }

    /** Changes the due date ({@code due}: a due value, or blank to clear) and adds assignees; creator only. */
    @Transactional
    public Task update(long actor, long taskId, String due, List<Long> addAssignees) {
        Task task = tasks.visible(taskId, actor).orElseThrow(JuntoException::notFound);
        if (task.creatorId() != actor && (task.groupId() == null || !moderators.moderates(actor, task.groupId()))) {
            throw JuntoException.forbidden("only the task's creator may change it");
        }
        if (due != null) {
            ZoneId zone = timeZones.of(actor);
            LocalDate dueOn = due.isBlank() ? null : readDue(due, zone);
            Instant dueAt = dueOn == null ? null : endOf(dueOn, zone);
            Status trace = traces.post(actor, task, "due", dueOn == null ? "(none)" : "to " + dueOn, List.of());
            writes.setDue(taskId, dueOn, dueAt);
            writes.linkPost(trace.id(), taskId);
            writes.recordEvent(taskId, actor, "due", null, null, dueOn == null ? null : dueOn.toString(), trace.id());
            reminders.schedule(taskId, dueOn, dueAt, zone);
            outbox.publish(new TaskChanged(taskId, actor, "due", trace.id()));
        }
        Set<Long> added = new LinkedHashSet<>(addAssignees == null ? List.of() : addAssignees);
        added.removeAll(task.assigneeIds());
        if (!added.isEmpty()) {
            if (accounts.byIds(added).size() != added.size()) {
                throw JuntoException.invalid("Validation failed: assignee_ids names an unknown account");
            }
            Status trace = traces.post(actor, task, "assigned", null, added);
            writes.addAssignees(taskId, added);
            writes.linkPost(trace.id(), taskId);
            writes.recordEvent(taskId, actor, "assigned", null, null, added.toString(), trace.id());
            outbox.publish(new TaskChanged(taskId, actor, "assigned", trace.id()));
        }
        return tasks.byId(taskId).orElseThrow();
    }

    static LocalDate readDue(String value, ZoneId zone) {
        try {
            return DueDates.resolve(value.strip(), LocalDate.now(zone));
        } catch (IllegalArgumentException e) {
            throw JuntoException.invalid("Validation failed: " + e.getMessage());
        }
    }

    /** The instant the due day ends for the poster: the task is overdue from then. */
    static Instant endOf(LocalDate due, ZoneId zone) {
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
