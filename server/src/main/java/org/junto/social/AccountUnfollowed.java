package org.junto.social;

/** {@code followerId} no longer follows {@code targetId}. */
public record AccountUnfollowed(long followerId, long targetId) {}
