package org.junto.notifications;

/**
 * A notification was stored for {@code accountId}. Published in memory inside the storing transaction and seen by
 * listeners after it commits, for live delivery; nothing durable depends on it.
 */
public record NotificationAdded(long notificationId, long accountId) {}
