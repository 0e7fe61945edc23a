package org.junto.actions;

/** A post asked for an action that could not apply; the post stands and its author is told {@code reason}. */
public record ActionRefused(long statusId, long authorId, String reason) {}
