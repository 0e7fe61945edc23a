package org.junto.actions;

import java.time.Instant;

/** One change in a task's history: who, what ({@code kind}: created, claim, done …), and the post that carries it. */
public record TaskEvent(
        long id,
        long taskId,
        long actorId,
        String kind,
        TaskState fromState,
        TaskState toState,
        String detail,
        Long statusId,
        Instant createdAt) {}
