package org.junto.social;

/**
 * {@code followerId} now follows {@code targetId}: directly, or because the target accepted a request
 * ({@code fromRequest}). {@code followId} names the follow row, which lets listeners tell this follow from a later one.
 */
public record AccountFollowed(long followerId, long targetId, long followId, boolean fromRequest) {}
