package org.junto.social;

import java.time.Instant;
import java.util.List;

/** How one account stands towards another, from the viewer's side, as Mastodon's Relationship entity reports it. */
public record Relationship(
        long accountId,
        boolean following,
        boolean showingReblogs,
        boolean notifying,
        List<String> languages,
        boolean followedBy,
        boolean blocking,
        boolean blockedBy,
        boolean muting,
        boolean mutingNotifications,
        Instant mutingExpiresAt,
        boolean requested,
        boolean requestedBy) {}
