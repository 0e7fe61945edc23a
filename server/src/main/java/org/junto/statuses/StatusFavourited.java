package org.junto.statuses;

/** Someone favourited a status. */
public record StatusFavourited(long statusId, long accountId, long authorId) {}
