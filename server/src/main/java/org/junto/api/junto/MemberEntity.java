package org.junto.api.junto;

import org.junto.api.mastodon.AccountEntity;

/** A member (or a pending join request): the membership or request id is the pagination cursor. */
public record MemberEntity(String id, String role, String since, AccountEntity account) {}
