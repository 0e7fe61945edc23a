package org.junto.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task: made by a {@code #todo} post (its origin), done by its assignees. {@code groupId} stays null until groups
 * give tasks a home; {@code offerNeedId} links a task made by accepting an offer or a need.
 */
public record Task(
        long id,
        String title,
        TaskState state,
        long creatorId,
        Long claimedBy,
        List<Long> assigneeIds,
        long originStatusId,
        Long groupId,
        Long offerNeedId,
        LocalDate dueOn,
        Instant dueAt,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isAssignee(long accountId) {
        return assigneeIds.contains(accountId);
    }
}
