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
 * or when they are its creator or an assignee; but a task of a closed or secret group (or of an organization, or
 * whose origin post is members-only) is seen by that group's members only, whoever made it or is named on it. Every
 * read here applies that rule ({@link #visibleTo}).
 */
@Repository
public class Tasks {
    private final JdbcClient db;

    Tasks(JdbcClient db) {
        this.db = db;
    }

    /**
     * Filters of a task list; null fields do not filter. {@code tag} is a hashtag of the origin post (lower case,
     * without '#').
     */
    public record Filter(
            TaskState state, Long assigneeId, Long creatorId, LocalDate dueBefore, Long groupId, String tag) {
        public static final Filter ALL = new Filter(null, null, null, null, null, null);

        public Filter withState(TaskState state) {
            return new Filter(state, assigneeId, creatorId, dueBefore, groupId, tag);
        }
    }

    /** Whose tasks a "my tasks" list shows: those assigned to the viewer, or those the viewer made. */
    public enum Mine {
        ASSIGNED,
        CREATED
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

    /**
     * The viewer's open and claimed tasks ({@code active}) or done and cancelled ones, assigned to them or made by
     * them: those with the nearest due date first, then those without one, newest first.
     */
    public List<Task> mine(long viewer, Mine whose, boolean active, int limit) {
        String whose_ = whose == Mine.CREATED
                ? " AND t.creator_id = :viewer"
                : " AND EXISTS (SELECT 1 FROM task_assignees ma WHERE ma.task_id = t.id AND ma.account_id = :viewer)";
        String states = active ? " AND t.state IN ('OPEN', 'CLAIMED')" : " AND t.state IN ('DONE', 'CANCELLED')";
        String order = active
                ? " ORDER BY CASE WHEN t.due_on IS NULL THEN 1 ELSE 0 END, t.due_on, t.id DESC"
                : " ORDER BY t.updated_at DESC, t.id DESC";
        return spec(
                        "SELECT t.* FROM tasks t WHERE " + visibleTo(viewer) + whose_ + states + order + " LIMIT "
                                + Math.max(1, Math.min(limit, 200)),
                        viewer)
                .query(this::map)
                .list()
                .stream()
                .map(this::withAssignees)
                .toList();
    }

    /** Which of {@code viewers} may see the task: whom a live event about it may reach. */
    public java.util.Set<Long> audience(long taskId, java.util.Collection<Long> viewers) {
        if (viewers.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                db.sql("SELECT v.id FROM accounts v JOIN tasks t ON t.id = :id WHERE v.id IN (:viewers) AND "
                                + visibleToEach("v.id"))
                        .param("id", taskId)
                        .param("viewers", viewers)
                        .query(Long.class)
                        .list());
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
        if (f.groupId() != null) {
            sql.append(" AND t.group_id = :group");
            params.put("group", f.groupId());
        }
        if (f.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM status_tags ft JOIN tags ftg ON ftg.id = ft.tag_id"
                    + " WHERE ft.status_id = t.origin_status_id AND ftg.name_lower = :tag)");
            params.put("tag", f.tag());
        }
        return sql.toString();
    }

    /** The task visibility rule on the row aliased {@code t}; binds {@code :viewer} for a signed-in viewer. */
    static String visibleTo(Long viewer) {
        return visibleToEach(viewer == null ? null : ":viewer");
    }

    /**
     * The same rule with the viewer taken from an SQL expression (a column, for many viewers at once); null stands
     * for an anonymous viewer. A task is <em>restricted</em> when its group is closed or secret, or an organization,
     * or its origin was placed members-only (a group that has since opened keeps its earlier posts closed).
     */
    static String visibleToEach(String viewer) {
        String restricted = "EXISTS (SELECT 1 FROM collectives tc WHERE tc.account_id = t.group_id AND (tc.privacy <>"
                + " 'public' OR tc.kind <> 'group' OR EXISTS (SELECT 1 FROM collective_posts tcp WHERE"
                + " tcp.status_id = t.origin_status_id AND tcp.members_only = 1)))";
        String origin = "EXISTS (SELECT 1 FROM statuses s WHERE s.id = t.origin_status_id AND "
                + StatusVisibility.visibleToEach("s", viewer) + ")";
        if (viewer == null) {
            return "(NOT " + restricted + " AND " + origin + ")";
        }
        String member = "EXISTS (SELECT 1 FROM memberships tm WHERE tm.collective_id = t.group_id"
                + " AND tm.account_id = " + viewer + ")";
        return "((NOT " + restricted + " AND (" + origin + " OR t.creator_id = " + viewer
                + " OR EXISTS (SELECT 1 FROM task_assignees va WHERE va.task_id = t.id AND va.account_id = " + viewer
                + "))) OR (" + restricted + " AND " + member + "))";
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
