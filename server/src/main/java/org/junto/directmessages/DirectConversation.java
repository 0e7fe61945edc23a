package org.junto.directmessages;

import java.util.List;

/**
 * One account's view of a thread of direct messages: the other participants, the newest message in it, and whether
 * something arrived since the account last read it. Mastodon calls it a conversation.
 */
public record DirectConversation(
        long id, long accountId, long conversationId, List<Long> participantIds, long lastStatusId, boolean unread) {}
