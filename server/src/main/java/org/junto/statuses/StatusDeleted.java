package org.junto.statuses;

/** A status is gone; its rows went with it. Carries what listeners need to tell connected clients. */
public record StatusDeleted(long statusId, long accountId) {}
