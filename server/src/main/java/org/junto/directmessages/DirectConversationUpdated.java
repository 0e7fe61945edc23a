package org.junto.directmessages;

/**
 * {@code accountId}'s conversation {@code conversationId} took in {@code statusId}. Published in memory inside the
 * recording transaction and seen by listeners after it commits, for live delivery.
 */
public record DirectConversationUpdated(long conversationId, long accountId, long statusId) {}
