package org.junto.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.TimeZones;
import org.junto.actions.ActionKind;
import org.junto.actions.Task;
import org.junto.actions.TaskService;
import org.junto.groups.Groups;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.junto.statuses.Tags;
import org.springframework.stereotype.Component;

/** Tasks as the pages show them to one viewer, read in batches: people, groups, origin posts and tags at once. */
@Component
class TaskViews {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENDS = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    /** Action tags are how a post acts, not what a task is about: they are not shown as its tags. */
    private static final Set<String> ACTION_TAGS = Set.of(
            "todo", "task", "claim", "done", "drop", "reopen", "cancel", "offer", "need", "accept", ActionKind.THANKS);

    private final Accounts accounts;
    private final TimeZones timeZones;
    private final TaskService service;
    private final Groups groups;
    private final GroupViews groupViews;
    private final Statuses statuses;
    private final Tags tags;

    TaskViews(
            Accounts accounts,
            TimeZones timeZones,
            TaskService service,
            Groups groups,
            GroupViews groupViews,
            Statuses statuses,
            Tags tags) {
        this.accounts = accounts;
        this.timeZones = timeZones;
        this.service = service;
        this.groups = groups;
        this.groupViews = groupViews;
        this.statuses = statuses;
        this.tags = tags;
    }

    TaskView of(Task task, Long viewer) {
        return of(List.of(task), viewer).getFirst();
    }

    List<TaskView> of(List<Task> list, Long viewer) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> people = new HashSet<>();
        list.forEach(t -> {
            people.add(t.creatorId());
            people.addAll(t.assigneeIds());
            if (t.claimedBy() != null) {
                people.add(t.claimedBy());
            }
        });
        Map<Long, Account> found = accounts.byIds(people);
        List<Long> origins = list.stream().map(Task::originStatusId).toList();
        Map<Long, Status> posts = statuses.byIds(origins);
        Map<Long, Account> authors =
                accounts.byIds(posts.values().stream().map(Status::accountId).collect(Collectors.toSet()));
        Map<Long, List<Tags.Tag>> tagsOf = tags.ofStatuses(origins);
        Map<Long, GroupView> groupsById = groupsOf(list, viewer);
        ZoneId zone = viewer == null ? ZoneId.of("UTC") : timeZones.of(viewer);
        return list.stream()
                .map(t -> new TaskView(
                        t.id(),
                        t.title(),
                        t.state().api(),
                        person(found, t.creatorId()),
                        t.assigneeIds().stream()
                                .filter(found::containsKey)
                                .map(id -> Person.of(found.get(id)))
                                .toList(),
                        t.claimedBy() == null ? null : person(found, t.claimedBy()),
                        due(t, zone),
                        t.groupId() == null ? null : groupsById.get(t.groupId()),
                        threadPath(posts.get(t.originStatusId()), authors),
                        tagsOf.getOrDefault(t.originStatusId(), List.of()).stream()
                                .map(Tags.Tag::name)
                                .filter(n -> !ACTION_TAGS.contains(n.toLowerCase(Locale.ROOT)))
                                .toList(),
                        service.allowed(t, viewer).stream()
                                .map(TaskView.Button::of)
                                .toList()))
                .toList();
    }

    private Map<Long, GroupView> groupsOf(Collection<Task> list, Long viewer) {
        var collectives = list.stream()
                .map(Task::groupId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .map(id -> groups.visibleTo(viewer, id))
                .flatMap(java.util.Optional::stream)
                .toList();
        return groupViews.of(collectives, viewer).stream()
                .collect(Collectors.toMap(g -> g.collective().id(), g -> g));
    }

    private static Person person(Map<Long, Account> found, long id) {
        Account a = found.get(id);
        return a == null ? new Person(id, "unknown", "someone", false) : Person.of(a);
    }

    private static String threadPath(Status origin, Map<Long, Account> authors) {
        if (origin == null || !authors.containsKey(origin.accountId())) {
            return null; // the origin post was deleted: the task stays, its thread is gone
        }
        return "/@" + authors.get(origin.accountId()).username() + "/" + origin.id();
    }

    private static TaskView.Due due(Task t, ZoneId viewerZone) {
        if (t.dueOn() == null || t.dueAt() == null) {
            return null;
        }
        boolean active = t.state().api().equals("open") || t.state().api().equals("claimed");
        return new TaskView.Due(
                DAY.format(t.dueOn()),
                t.dueAt().toString(),
                ENDS.format(t.dueAt().atZone(viewerZone)),
                viewerZone.getId(),
                active && t.dueAt().isBefore(Instant.now()));
    }
}
