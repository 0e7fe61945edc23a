package org.junto.api.mastodon;

import java.util.List;

/** Mastodon's Conversation entity: a thread of direct messages as one participant sees it. */
public record ConversationEntity(String id, boolean unread, List<AccountEntity> accounts, StatusEntity lastStatus) {}
