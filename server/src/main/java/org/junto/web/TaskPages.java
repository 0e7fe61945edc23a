package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.junto.accounts.Accounts;
import org.junto.accounts.TimeZones;
import org.junto.actions.Task;
import org.junto.actions.TaskState;
import org.junto.actions.Tasks;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.groups.Collective;
import org.junto.groups.MemberList;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task pages: a group's board (columns by state, filtered by assignee, tag and due date through query parameters),
 * "my tasks", and one task with its history. Every read goes through the tasks' visibility rule, so a closed group's
 * board is empty and its tasks "not found" to everyone outside it. Each page reloads its part when the live stream
 * says one of its tasks changed.
 */
@Controller
class TaskPages {
    static final int COLUMN = 40;
    private final Tasks tasks;
    private final TaskViews views;
    private final GroupPages groupPages;
    private final GroupViews groupViews;
    private final MemberList members;
    private final Accounts accounts;
    private final TimeZones timeZones;

    TaskPages(
            Tasks tasks,
            TaskViews views,
            GroupPages groupPages,
            GroupViews groupViews,
            MemberList members,
            Accounts accounts,
            TimeZones timeZones) {
        this.tasks = tasks;
        this.views = views;
        this.groupPages = groupPages;
        this.groupViews = groupViews;
        this.members = members;
        this.accounts = accounts;
        this.timeZones = timeZones;
    }

    /** The board's filters as the form sends them; blank means "any". */
    public record BoardFilter(String assignee, String tag, String due) {
        public boolean any() {
            return !assignee.isBlank() || !tag.isBlank() || !due.isBlank();
        }
    }

    @GetMapping({"/groups/{handle}/tasks", "/organizations/{handle}/tasks"})
    String board(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String tag,
            @RequestParam(defaultValue = "") String due,
            HttpServletRequest request,
            Model model) {
        Long viewer = Viewer.of(user);
        Collective c = groupPages.find(handle, viewer, request);
        GroupView group = groupViews.of(List.of(c), viewer).getFirst();
        BoardFilter filter = new BoardFilter(assignee.strip(), tag.strip(), due.strip());
        Tasks.Filter base = new Tasks.Filter(
                null,
                assigneeId(filter.assignee()),
                null,
                dueBefore(filter.due(), viewer),
                c.id(),
                tagOf(filter.tag()));
        List<TaskView.Column> columns = new java.util.ArrayList<>();
        for (TaskState state : TaskState.values()) {
            List<Task> rows = filter.assignee().isBlank() || base.assigneeId() != null
                    ? tasks.page(viewer, base.withState(state), PageRequest.first(COLUMN))
                    : List.of(); // an unknown person has no tasks
            columns.add(new TaskView.Column(state.api(), TaskView.stateLabel(state.api()), views.of(rows, viewer)));
        }
        model.addAttribute("title", "Tasks of " + group.person().displayName());
        model.addAttribute("group", group);
        model.addAttribute("columns", columns);
        model.addAttribute("filter", filter);
        model.addAttribute("boardPath", group.path() + "/tasks");
        model.addAttribute(
                "people",
                group.member() || c.privacy() == org.junto.groups.Privacy.PUBLIC
                        ? memberNames(viewer, c.id())
                        : List.of());
        model.addAttribute("empty", columns.stream().allMatch(col -> col.tasks().isEmpty()));
        model.addAttribute(
                "selfUrl",
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "tasks-board";
    }

    @GetMapping("/tasks")
    String mine(@AuthenticationPrincipal JuntoUserDetails user, Model model) {
        long me = user.accountId();
        model.addAttribute("title", "My tasks");
        model.addAttribute("assigned", views.of(tasks.mine(me, Tasks.Mine.ASSIGNED, true, 100), me));
        model.addAttribute("created", views.of(tasks.mine(me, Tasks.Mine.CREATED, true, 100), me));
        model.addAttribute("finished", views.of(tasks.mine(me, Tasks.Mine.ASSIGNED, false, 20), me));
        return "tasks-mine";
    }

    @GetMapping("/tasks/{id}")
    String one(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String id, Model model) {
        Long viewer = Viewer.of(user);
        Task task = tasks.visible(StatusButtons.parse(id), viewer).orElseThrow(JuntoException::notFound);
        fillTask(model, task, viewer);
        return "task";
    }

    /** The task page's model: the task, its history as sentences, and the page title. */
    void fillTask(Model model, Task task, Long viewer) {
        TaskView view = views.of(task, viewer);
        model.addAttribute("title", "Task: " + abbreviate(task.title()));
        model.addAttribute("t", view);
        model.addAttribute("history", TaskHistory.of(tasks.history(task.id()), accounts));
    }

    private List<Person> memberNames(Long viewer, long collectiveId) {
        var list = members.page(viewer, collectiveId, PageRequest.first(80));
        var found = accounts.byIds(
                list.stream().map(org.junto.groups.Member::accountId).toList());
        return list.stream()
                .filter(m -> found.containsKey(m.accountId()))
                .map(m -> Person.of(found.get(m.accountId())))
                .toList();
    }

    private Long assigneeId(String username) {
        if (username.isBlank()) {
            return null;
        }
        return accounts.byUsername(username.replaceFirst("^@", ""))
                .map(a -> a.id())
                .orElse(null);
    }

    /** "overdue": due before today; "week": due within seven days (overdue included); in the viewer's time zone. */
    private LocalDate dueBefore(String due, Long viewer) {
        LocalDate today = LocalDate.now(viewer == null ? java.time.ZoneId.of("UTC") : timeZones.of(viewer));
        return switch (due) {
            case "overdue" -> today;
            case "week" -> today.plusDays(8);
            case "" -> null;
            default -> throw JuntoException.invalid("Validation failed: due must be overdue or week");
        };
    }

    private static String tagOf(String tag) {
        String t = tag.replaceFirst("^[#＃]", "").toLowerCase(java.util.Locale.ROOT);
        return t.isBlank() ? null : t;
    }

    static String abbreviate(String title) {
        return title.length() > 60 ? title.substring(0, 59) + "…" : title;
    }
}
