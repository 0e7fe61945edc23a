package org.junto.actions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a task its group. The groups module places a post in a group inside the posting transaction, before or after
 * the post's action is applied (a compose box in a group places it last), and tells this class; a task made after
 * the placement reads it at insert ({@link TaskWrites#insert}). Either way the task and its group commit together.
 */
@Component
public class TaskPlacement {
    private final JdbcClient db;

    TaskPlacement(JdbcClient db) {
        this.db = db;
    }

    /** The post {@code statusId} was placed in the group (or organization) {@code collectiveId}. */
    public void originPlaced(long statusId, long collectiveId) {
        db.sql("UPDATE tasks SET group_id = ? WHERE origin_status_id = ? AND group_id IS NULL")
                .params(collectiveId, statusId)
                .update();
    }
}
