package org.junto.timelines;

/**
 * A new status (or boost) is now in the home feeds it belongs to. Published in memory inside the fan-out transaction
 * and seen by listeners after it commits ({@code @TransactionalEventListener}), so live streams deliver exactly what
 * the home timeline now reads.
 */
public record HomeFeedsFilled(long statusId, long authorId) {}
