package org.junto.api.junto;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.actions.Task;
import org.junto.actions.TaskEvent;
import org.junto.api.mastodon.AccountRenderer;
import org.springframework.stereotype.Component;

/** A task as JSON: ids as strings, dates as ISO 8601, people as Mastodon account entities. */
@Component
class TaskRenderer {
    private final AccountRenderer accounts;

    TaskRenderer(AccountRenderer accounts) {
        this.accounts = accounts;
    }

    Map<String, Object> render(Task t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", Long.toString(t.id()));
        out.put("title", t.title());
        out.put("state", t.state().api());
        out.put("creator", accounts.render(t.creatorId()));
        out.put("assignees", accounts.renderIds(t.assigneeIds()));
        out.put("claimed_by_id", id(t.claimedBy()));
        out.put("due_on", t.dueOn() == null ? null : t.dueOn().toString());
        out.put("due_at", time(t.dueAt()));
        out.put("status_id", Long.toString(t.originStatusId()));
        out.put("group_id", id(t.groupId()));
        out.put("offer_need_id", id(t.offerNeedId()));
        out.put("created_at", time(t.createdAt()));
        out.put("updated_at", time(t.updatedAt()));
        return out;
    }

    List<Map<String, Object>> render(List<Task> tasks) {
        return tasks.stream().map(this::render).toList();
    }

    Map<String, Object> withHistory(Task t, List<TaskEvent> history) {
        Map<String, Object> out = render(t);
        out.put(
                "history",
                history.stream()
                        .map(e -> {
                            Map<String, Object> h = new LinkedHashMap<>();
                            h.put("id", Long.toString(e.id()));
                            h.put("kind", e.kind());
                            h.put("account_id", Long.toString(e.actorId()));
                            h.put(
                                    "from_state",
                                    e.fromState() == null ? null : e.fromState().api());
                            h.put(
                                    "to_state",
                                    e.toState() == null ? null : e.toState().api());
                            h.put("detail", e.detail());
                            h.put("status_id", id(e.statusId()));
                            h.put("created_at", time(e.createdAt()));
                            return h;
                        })
                        .toList());
        return out;
    }

    static String id(Long id) {
        return id == null ? null : Long.toString(id);
    }

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
