package org.junto.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.junto.core.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The writes behind tasks: rows, assignees, the posts of a task's thread and its history. */
@Component
class TaskWrites {
    private final JdbcClient db;

    TaskWrites(JdbcClient db) {
        this.db = db;
    }

    long insert(String title, long creatorId, long originStatusId, Long offerNeedId, LocalDate dueOn, Instant dueAt) {
        long id = Ids.next();
        long now = Instant.now().toEpochMilli();
        // A post already placed in a group gives the task its group (see TaskPlacement for one placed later).
        db.sql("INSERT INTO tasks (id, title, state, creator_id, origin_status_id, group_id, offer_need_id, due_on,"
                        + " due_at, created_at, updated_at) VALUES (?, ?, 'OPEN', ?, ?,"
                        + " (SELECT cp.collective_id FROM collective_posts cp WHERE cp.status_id = ?), ?, ?, ?, ?, ?)")
                .params(
                        id,
                        title,
                        creatorId,
                        originStatusId,
                        originStatusId,
                        offerNeedId,
                        dueOn == null ? null : dueOn.toString(),
                        dueAt == null ? null : dueAt.toEpochMilli(),
                        now,
                        now)
                .update();
        linkPost(originStatusId, id);
        return id;
    }

    void addAssignees(long taskId, Collection<Long> accountIds) {
        for (long accountId : accountIds) {
            db.sql("INSERT INTO task_assignees (task_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(taskId, accountId)
                    .update();
        }
    }

    void removeAssignee(long taskId, long accountId) {
        db.sql("DELETE FROM task_assignees WHERE task_id = ? AND account_id = ?")
                .params(taskId, accountId)
                .update();
    }

    void linkPost(long statusId, long taskId) {
        db.sql("INSERT INTO task_posts (status_id, task_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(statusId, taskId)
                .update();
    }

    void setState(long taskId, TaskState state, Long claimedBy) {
        db.sql("UPDATE tasks SET state = ?, claimed_by = ?, updated_at = ? WHERE id = ?")
                .params(state.name(), claimedBy, Instant.now().toEpochMilli(), taskId)
                .update();
    }

    void setDue(long taskId, LocalDate dueOn, Instant dueAt) {
        db.sql("UPDATE tasks SET due_on = ?, due_at = ?, updated_at = ? WHERE id = ?")
                .params(
                        dueOn == null ? null : dueOn.toString(),
                        dueAt == null ? null : dueAt.toEpochMilli(),
                        Instant.now().toEpochMilli(),
                        taskId)
                .update();
    }

    void recordEvent(
            long taskId, long actorId, String kind, TaskState from, TaskState to, String detail, Long statusId) {
        db.sql("INSERT INTO task_events (id, task_id, actor_id, kind, from_state, to_state, detail, status_id,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.next(),
                        taskId,
                        actorId,
                        kind,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        detail,
                        statusId,
                        Instant.now().toEpochMilli())
                .update();
    }

    boolean hasEvent(long taskId, String kind, String detail) {
        return db.sql("SELECT COUNT(*) FROM task_events WHERE task_id = ? AND kind = ? AND detail = ?")
                        .params(taskId, kind, detail)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
