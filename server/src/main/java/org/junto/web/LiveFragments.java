package org.junto.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junto.actions.Tasks;
import org.junto.streaming.StreamEvent;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a stream event as the HTML fragments the page swaps in, for the viewer the connection belongs to. Event
 * names are what elements listen for with htmx's {@code sse-swap}: {@code home}, {@code local}, {@code tag} and
 * {@code group} prepend a card to those timelines, {@code reply} appends one to a thread's replies, {@code edit-ID} replaces a post's body, {@code counts-ID} its action bar, {@code delete-ID}
 * removes its card, {@code badge} replaces the unread badge and {@code notification} prepends to the list; a task
 * made or changed sends {@code task-ID}, {@code tasks-GROUPID} (its group's board) and {@code tasks-mine}, on which
 * the task pages reload what they show for their viewer (their filters and buttons are the viewer's). Links in
 * these fragments are server-relative ({@code @{~/…}}), as there is no request to resolve them against.
 */
@Component
class LiveFragments {
    private final TemplateEngine templates;
    private final StatusCards cards;
    private final NotificationItems notifications;
    private final Tasks tasks;

    LiveFragments(TemplateEngine templates, StatusCards cards, NotificationItems notifications, Tasks tasks) {
        this.templates = templates;
        this.cards = cards;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    /** One server-sent event: its name and its HTML. */
    record Fragment(String name, String html) {}

    List<Fragment> render(Long viewer, StreamEvent event) {
        return switch (event.event()) {
            case "update" -> card(viewer, event);
            case "status.update" -> statusPart(viewer, event.subjectId(), "edit-", "statusBody");
            case "junto.counts" -> statusPart(viewer, event.subjectId(), "counts-", "statusActions");
            case "delete" ->
                List.of(new Fragment("delete-" + event.subjectId(), render("status", "removed", Map.of())));
            case "notification" -> notification(viewer, event.subjectId());
            case "junto.task" -> task(event.subjectId());
            default -> List.of();
        };
    }

    /** Signals only (the data is the task's id): the stream already checked that this viewer may see the task. */
    private List<Fragment> task(long taskId) {
        String id = Long.toString(taskId);
        return tasks.byId(taskId)
                .map(t -> t.groupId() == null
                        ? List.of(new Fragment("task-" + id, id), new Fragment("tasks-mine", id))
                        : List.of(
                                new Fragment("task-" + id, id),
                                new Fragment("tasks-" + t.groupId(), id),
                                new Fragment("tasks-mine", id)))
                .orElse(List.of());
    }

    private List<Fragment> card(Long viewer, StreamEvent event) {
        String name = switch (event.stream().name()) {
            case "user" -> "home";
            case "hashtag", "hashtag:local" -> "tag";
            case "group" -> "group";
            case "thread" -> "reply";
            default -> "local";
        };
        return cards.card(viewer, event.subjectId())
                .map(c -> List.of(new Fragment(name, render("status", "card", Map.of("c", c)))))
                .orElse(List.of());
    }

    private List<Fragment> statusPart(Long viewer, long id, String prefix, String fragment) {
        return cards.card(viewer, id)
                .filter(c -> c.entryId() == c.id())
                .map(c -> List.of(new Fragment(prefix + id, render("status", fragment, Map.of("c", c)))))
                .orElse(List.of());
    }

    private List<Fragment> notification(Long viewer, long id) {
        if (viewer == null) {
            return List.of();
        }
        String badge = render("nav", "badge", Map.of("unread", notifications.unread(viewer)));
        var items = notifications.item(viewer, id);
        if (items.isEmpty()) {
            return List.of(new Fragment("badge", badge));
        }
        return List.of(
                new Fragment("badge", badge),
                new Fragment("notification", render("notification", "item", Map.of("n", items.getFirst()))));
    }

    private String render(String template, String fragment, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("times", Times.INSTANCE);
        return templates
                .process("fragments/" + template, Set.of(fragment), context)
                .strip();
    }
}
