package org.junto.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.junto.statuses.StatusVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tasks table and its reads. A viewer sees a task when they may see its origin post (the one visibility policy)
 * or when they are its creator or an assignee; every read here applies that.
 */
@Repository
public class Tasks {
    private final JdbcClient db;

    Tasks(JdbcClient db) {
        this.db = db;
    }

    /** Filters of a task list; null fields do not filter. */
    public record Filter(TaskState state, Long assigneeId, Long creatorId, LocalDate dueBefore) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    public Optional<Task> byId(long id) {
        return db.sql("SELECT * FROM tasks WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .map(this::withAssignees);
    }

    public Optional<Task> visible(long id, Long viewer) {
        return spec("SELECT t.* FROM tasks t WHERE t.id = :id AND " + visibleTo(viewer), viewer)
                .param("id", id)
                .query(this::map)
                .optional()
                .map(this::withAssignees);
    }

    /** The task a post belongs to: its origin, an action reply in its thread, or one of its traces. */
    public Optional<Task> byPost(long statusId) {
        return db.sql("SELECT t.* FROM tasks t JOIN task_posts p ON p.task_id = t.id WHERE p.status_id = ?")
                .param(statusId)
                .query(this::map)
                .optional()
                .map(this::withAssignees);
    }

    public List<Task> page(Long viewer, Filter filter, PageRequest page) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = where(filter, params);
        var query = spec(
                "SELECT t.* FROM tasks t WHERE " + visibleTo(viewer) + where + Keyset.bounds("t.id", page)
                        + Keyset.orderAndLimit("t.id", page),
                viewer);
        return Keyset.newestFirst(query.params(params).query(this::map).list(), page).stream()
                .map(this::withAssignees)
                .toList();
    }

    public List<TaskEvent> history(long taskId) {
        return db.sql("SELECT * FROM task_events WHERE task_id = ? ORDER BY id")
                .param(taskId)
                .query((rs, n) -> new TaskEvent(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        rs.getLong("actor_id"),
                        rs.getString("kind"),
                        state(rs.getString("from_state")),
                        state(rs.getString("to_state")),
                        rs.getString("detail"),
                        nullableLong(rs, "status_id"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    public List<Long> assigneesOf(long taskId) {
        return db.sql("SELECT account_id FROM task_assignees WHERE task_id = ? ORDER BY account_id")
                .param(taskId)
                .query(Long.class)
                .list();
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (f.state() != null) {
            sql.append(" AND t.state = :state");
            params.put("state", f.state().name());
        }
        if (f.assigneeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM task_assignees fa WHERE fa.task_id = t.id"
                    + " AND fa.account_id = :assignee)");
            params.put("assignee", f.assigneeId());
        }
        if (f.creatorId() != null) {
            sql.append(" AND t.creator_id = :creator");
            params.put("creator", f.creatorId());
        }
        if (f.dueBefore() != null) {
            sql.append(" AND t.due_on IS NOT NULL AND t.due_on < :dueBefore");
            params.put("dueBefore", f.dueBefore().toString());
        }
        return sql.toString();
    }

    /** The task visibility rule on the row aliased {@code t}; binds {@code :viewer} for a signed-in viewer. */
    static String visibleTo(Long viewer) {
        String origin = "EXISTS (SELECT 1 FROM statuses s WHERE s.id = t.origin_status_id AND "
                + StatusVisibility.visibleTo("s", viewer) + ")";
        if (viewer == null) {
            return "(" + origin + ")";
        }
        return "(" + origin + " OR t.creator_id = :viewer OR EXISTS (SELECT 1 FROM task_assignees va"
                + " WHERE va.task_id = t.id AND va.account_id = :viewer))";
    }

    private JdbcClient.StatementSpec spec(String sql, Long viewer) {
        var spec = db.sql(sql);
        return viewer == null ? spec : spec.param("viewer", viewer);
    }

    private Task map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String due = rs.getString("due_on");
        Long dueAt = nullableLong(rs, "due_at");
        return new Task(
                id,
                rs.getString("title"),
                TaskState.valueOf(rs.getString("state")),
                rs.getLong("creator_id"),
                nullableLong(rs, "claimed_by"),
                List.of(),
                rs.getLong("origin_status_id"),
                nullableLong(rs, "group_id"),
                nullableLong(rs, "offer_need_id"),
                due == null ? null : LocalDate.parse(due),
                dueAt == null ? null : Instant.ofEpochMilli(dueAt),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    /** Assignees are read after the task rows, so no query runs while a result set is open. */
    private Task withAssignees(Task t) {
        return new Task(
                t.id(),
                t.title(),
                t.state(),
                t.creatorId(),
                t.claimedBy(),
                assigneesOf(t.id()),
                t.originStatusId(),
                t.groupId(),
                t.offerNeedId(),
                t.dueOn(),
                t.dueAt(),
                t.createdAt(),
                t.updatedAt());
    }

    private static TaskState state(String value) {
        return value == null ? null : TaskState.valueOf(value);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
