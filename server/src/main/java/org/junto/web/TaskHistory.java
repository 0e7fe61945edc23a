package org.junto.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junto.accounts.Accounts;
import org.junto.actions.TaskEvent;

/** A task's history as the task page lists it: who did what, when, and the post in the thread that carries it. */
public record TaskHistory(Person actor, String what, Instant at, String postPath) {

    static List<TaskHistory> of(List<TaskEvent> events, Accounts accounts) {
        Set<Long> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.actorId()));
        var found = accounts.byIds(ids);
        return events.stream()
                .map(e -> {
                    Person actor = found.containsKey(e.actorId())
                            ? Person.of(found.get(e.actorId()))
                            : new Person(e.actorId(), "unknown", "someone", false);
                    String post = e.statusId() == null ? null : actor.path() + "/" + e.statusId();
                    return new TaskHistory(actor, what(e), e.createdAt(), post);
                })
                .toList();
    }

    private static String what(TaskEvent e) {
        return switch (e.kind()) {
            case "created" -> "created the task";
            case "claim" -> "claimed it";
            case "done" -> "marked it done";
            case "drop" -> "dropped it";
            case "reopen" -> "reopened it";
            case "cancel" -> "cancelled it";
            case "assigned" -> "assigned people";
            case "due" -> e.detail() == null ? "removed the due date" : "set the due date to " + e.detail();
            case "due_soon" -> "reminded: due tomorrow";
            case "overdue" -> "reminded: overdue";
            default -> e.kind();
        };
    }
}
