package org.junto.social;

/** {@code blockerId} blocked {@code targetId}; any follows between the two were removed in the same transaction. */
public record AccountBlocked(long blockerId, long targetId) {}
