package org.junto.actions;

/**
 * A task was made or changed. {@code change} is {@code created}, a transition ({@code claim}, {@code done},
 * {@code drop}, {@code reopen}, {@code cancel}), {@code assigned} or {@code due}; {@code statusId} is the post in the
 * task's thread that carries the change.
 */
public record TaskChanged(long taskId, long actorId, String change, long statusId) {}
