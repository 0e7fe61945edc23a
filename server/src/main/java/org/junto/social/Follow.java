package org.junto.social;

import java.util.List;

/**
 * A follow, or a pending request to follow, with its options: whether the follower wants the target's boosts in
 * their home feed, a notification for each new post, and which languages (null for all).
 */
public record Follow(
        long id,
        long accountId,
        long targetAccountId,
        boolean showReblogs,
        boolean notifying,
        List<String> languages) {}
