package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.actions.ActionKind;
import org.junto.actions.ComposeTaskService;
import org.junto.actions.Task;
import org.junto.actions.TaskService;
import org.junto.actions.TaskState;
import org.junto.actions.Tasks;
import org.junto.api.mastodon.ApiParams;
import org.junto.api.mastodon.PageLinks;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.core.Visibility;
import org.junto.groups.PostGroupTaskService;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks in the Junto API: list with filters (Mastodon-style id pagination and Link header), a board grouped by state,
 * one task with its history, create, update, and the transitions. Writes go through the same services as posts, so
 * each leaves its message in the task's thread.
 */
@RestController
@RequestMapping("/api/junto/v1/tasks")
class TasksController {
    private static final String[] FILTERS = {
        "limit", "state", "assignee_id", "creator_id", "due_before", "group_id", "tag"
    };
    private final Tasks tasks;
    private final TaskService service;
    private final ComposeTaskService composer;
    private final PostGroupTaskService groupTasks;
    private final TaskRenderer renderer;
    private final PublicUrls urls;

    TasksController(
            Tasks tasks,
            TaskService service,
            ComposeTaskService composer,
            PostGroupTaskService groupTasks,
            TaskRenderer renderer,
            PublicUrls urls) {
        this.tasks = tasks;
        this.service = service;
        this.composer = composer;
        this.groupTasks = groupTasks;
        this.renderer = renderer;
        this.urls = urls;
    }

    @Params(
            paged = true,
            value = {
                @Params.Param(name = "state", description = "Only tasks in this state"),
                @Params.Param(name = "assignee_id", description = "Only tasks assigned to this account"),
                @Params.Param(name = "creator_id", description = "Only tasks created by this account"),
                @Params.Param(name = "group_id", description = "Only tasks that live in this group"),
                @Params.Param(name = "tag", description = "Only tasks whose post has this hashtag"),
                @Params.Param(name = "due_before", description = "Only tasks due before this date (YYYY-MM-DD)")
            })
    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(Caller caller, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        PageRequest page = params.page(20, 40);
        List<Task> rows = tasks.page(viewer, filter(params, params.get("state")), page);
        return PageLinks.respond(
                renderer.render(rows),
                urls,
                request,
                PageLinks.Cursors.of(rows, Task::id, page.limit()),
                "min_id",
                FILTERS);
    }

    /**
     * The board: each state's newest tasks ({@code limit} per column, default 40), with the same filters; a group's
     * board with {@code group_id}.
     */
    @Params({
        @Params.Param(name = "limit", description = "Tasks per column (default 40, at most 80)", type = "integer"),
        @Params.Param(name = "group_id", description = "Only tasks that live in this group: the group's board"),
        @Params.Param(name = "assignee_id", description = "Only tasks assigned to this account"),
        @Params.Param(name = "creator_id", description = "Only tasks created by this account"),
        @Params.Param(name = "tag", description = "Only tasks whose post has this hashtag"),
        @Params.Param(name = "due_before", description = "Only tasks due before this date (YYYY-MM-DD)")
    })
    @GetMapping("/board")
    Map<String, Object> board(Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read");
        Integer limit = params.integer("limit");
        PageRequest page = PageRequest.of(null, null, null, limit, 40, 80);
        Map<String, Object> columns = new LinkedHashMap<>();
        for (TaskState state : TaskState.values()) {
            columns.put(state.api(), renderer.render(tasks.page(viewer, filter(params, state.api()), page)));
        }
        return columns;
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id, Caller caller) {
        Long viewer = caller.viewer("read");
        Task task = tasks.visible(ApiParams.id(id), viewer).orElseThrow(JuntoException::notFound);
        return renderer.withHistory(task, tasks.history(task.id()));
    }

    @Params({
        @Params.Param(name = "title", description = "What to do", required = true),
        @Params.Param(name = "assignee_ids", description = "Accounts the task is assigned to", type = "array"),
        @Params.Param(name = "due", description = "Due date (YYYY-MM-DD, tomorrow, friday, +3d)"),
        @Params.Param(name = "group_id", description = "Post the task into this group (members only), where it lives"),
        @Params.Param(name = "visibility", description = "public, unlisted, private or direct"),
        @Params.Param(name = "in_reply_to_id", description = "Status the task replies to")
    })
    @PostMapping
    Map<String, Object> create(Caller caller, ApiParams params) {
        long me = caller.requireUser("write");
        String visibility = params.get("visibility");
        String replyTo = params.get("in_reply_to_id");
        Long group = optionalId(params.get("group_id"));
        var request = new ComposeTaskService.NewTask(
                params.get("title"),
                ids(params.list("assignee_ids")),
                params.get("due"),
                visibility == null || visibility.isBlank() ? null : Visibility.fromApi(visibility),
                replyTo == null || replyTo.isBlank() ? null : ApiParams.id(replyTo));
        if (group != null && request.inReplyToId() != null) {
            throw JuntoException.invalid("Validation failed: give group_id or in_reply_to_id, not both");
        }
        // In a group: posted into it by a member, so the task lives there (and stays members-only where it must).
        Task task = group == null ? composer.create(me, request) : groupTasks.create(me, group, request);
        return renderer.withHistory(task, tasks.history(task.id()));
    }

    @Params({
        @Params.Param(name = "due", description = "Due date (YYYY-MM-DD); empty clears it"),
        @Params.Param(name = "assignee_ids", description = "Accounts the task is assigned to", type = "array")
    })
    @PatchMapping("/{id}")
    Map<String, Object> update(@PathVariable String id, Caller caller, ApiParams params) {
        long me = caller.requireUser("write");
        Task task = service.update(
                me,
                ApiParams.id(id),
                params.has("due") ? nullToBlank(params.get("due")) : null,
                ids(params.list("assignee_ids")));
        return renderer.withHistory(task, tasks.history(task.id()));
    }

    @PostMapping("/{id}/{transition:claim|done|drop|reopen|cancel}")
    Map<String, Object> transition(@PathVariable String id, @PathVariable String transition, Caller caller) {
        long me = caller.requireUser("write");
        ActionKind kind = ActionKind.valueOf(transition.toUpperCase(java.util.Locale.ROOT));
        Task task = service.transition(me, ApiParams.id(id), kind);
        return renderer.withHistory(task, tasks.history(task.id()));
    }

    private static Tasks.Filter filter(ApiParams params, String state) {
        String dueBefore = params.get("due_before");
        LocalDate before = null;
        if (dueBefore != null && !dueBefore.isBlank()) {
            try {
                before = LocalDate.parse(dueBefore.strip());
            } catch (DateTimeParseException e) {
                throw JuntoException.invalid("Validation failed: due_before must be a date like 2026-12-01");
            }
        }
        return new Tasks.Filter(
                state == null || state.isBlank() ? null : TaskState.fromApi(state),
                optionalId(params.get("assignee_id")),
                optionalId(params.get("creator_id")),
                before,
                optionalId(params.get("group_id")),
                tag(params.get("tag")));
    }

    /** A hashtag filter as stored: lower case, without '#'; blank is no filter. */
    static String tag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceFirst("^[#＃]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static Long optionalId(String value) {
        return value == null || value.isBlank() ? null : ApiParams.id(value);
    }

    private static List<Long> ids(List<String> values) {
        try {
            return values.stream().map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw JuntoException.invalid("Validation failed: assignee_ids must be account ids");
        }
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
