package org.junto.notifications;

import java.time.Instant;

/**
 * Something that happened to an account: {@code fromAccountId} did {@code type} (see {@link NotificationTypes}), about
 * {@code statusId} where there is a status. For a boost the status is the one boosted, as Mastodon shows it.
 */
public record Notification(
        long id, long accountId, long fromAccountId, String type, Long statusId, Instant createdAt) {}
