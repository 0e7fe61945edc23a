package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.junto.actions.ActionKind;
import org.junto.actions.ComposeTaskService;
import org.junto.actions.Task;
import org.junto.actions.TaskService;
import org.junto.actions.Tasks;
import org.junto.core.JuntoException;
import org.junto.groups.Collective;
import org.junto.groups.PostGroupTaskService;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the task pages' buttons and form do. A transition goes through the same service as the API, so it posts the
 * same trace in the task's thread as a reply would; a new task is the {@code #todo} post a client would write, posted
 * into the group. Plain forms redirect back (POST-redirect-GET); with htmx a transition answers with the task's
 * updated card. A transition that is not allowed shows the task again with the reason, with the status (403, 409).
 */
@Controller
class TaskActions {
    private final TaskService service;
    private final Tasks tasks;
    private final TaskViews views;
    private final TaskPages pages;
    private final GroupPages groupPages;
    private final PostGroupTaskService groupTasks;

    TaskActions(
            TaskService service,
            Tasks tasks,
            TaskViews views,
            TaskPages pages,
            GroupPages groupPages,
            PostGroupTaskService groupTasks) {
        this.service = service;
        this.tasks = tasks;
        this.views = views;
        this.pages = pages;
        this.groupPages = groupPages;
        this.groupTasks = groupTasks;
    }

    @PostMapping("/tasks/{id}/{transition:claim|done|drop|reopen|cancel}")
    String transition(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String id,
            @PathVariable String transition,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (user == null) {
            return "redirect:/auth/sign_in";
        }
        long taskId = StatusButtons.parse(id);
        ActionKind kind = ActionKind.valueOf(transition.toUpperCase(Locale.ROOT));
        Task task;
        try {
            task = service.transition(user.accountId(), taskId, kind);
        } catch (JuntoException e) {
            if (e.kind() == JuntoException.Kind.NOT_FOUND) {
                throw e;
            }
            // Not allowed (a role the rule table does not give, or a task already moved on): say why, show it again.
            Task current = tasks.visible(taskId, user.accountId()).orElseThrow(JuntoException::notFound);
            response.setStatus(Viewer.isHtmx(htmx) ? 422 : e.kind().status);
            model.addAttribute("error", "You cannot " + transition + " this task: " + e.getMessage() + ".");
            if (Viewer.isHtmx(htmx)) {
                model.addAttribute("t", views.of(current, user.accountId()));
                return "fragments/task :: card";
            }
            pages.fillTask(model, current, user.accountId());
            return "task";
        }
        if (Viewer.isHtmx(htmx)) {
            model.addAttribute("t", views.of(task, user.accountId()));
            return "fragments/task :: card";
        }
        return Back.to(request, "/tasks/" + task.id());
    }

    @PostMapping({"/groups/{handle}/tasks", "/organizations/{handle}/tasks"})
    String create(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String due,
            HttpServletRequest request) {
        if (user == null) {
            return "redirect:/auth/sign_in";
        }
        Collective c = groupPages.find(handle, user.accountId(), request);
        Long assigneeId = assignee.isBlank() ? null : org.junto.core.Ids.parseOrNull(assignee.strip());
        if (!assignee.isBlank() && assigneeId == null) {
            throw JuntoException.invalid("Validation failed: choose the assignee from the list");
        }
        List<Long> assignees = assigneeId == null ? List.of() : List.of(assigneeId);
        groupTasks.create(user.accountId(), c.id(), new ComposeTaskService.NewTask(title, assignees, due, null, null));
        return "redirect:" + request.getRequestURI();
    }
}
