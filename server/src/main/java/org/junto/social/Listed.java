package org.junto.social;

import java.time.Instant;

/**
 * One entry of an account list (followers, blocks, mutes, follow requests): the account, and the id of the row that
 * put it there, which is the list's pagination cursor. {@code expiresAt} is set for mutes that end.
 */
public record Listed(long cursor, long accountId, Instant expiresAt) {}
