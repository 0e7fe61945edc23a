package org.junto.social;

/** {@code requesterId} asked to follow the locked account {@code targetId}; {@code requestId} names the request. */
public record FollowRequested(long requesterId, long targetId, long requestId) {}
