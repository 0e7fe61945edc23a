package org.junto.groups;

import java.time.Instant;

/** One membership: {@code id} is the membership row's id, the cursor of member lists. */
public record Member(long id, long collectiveId, long accountId, Role role, Instant since) {}
