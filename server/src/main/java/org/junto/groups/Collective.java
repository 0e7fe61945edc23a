package org.junto.groups;

import java.time.Instant;

/** A group or an organization: its account id (the handle and profile live on the account), and what it adds. */
public record Collective(long id, Kind kind, Privacy privacy, String rules, Long organizationId, Instant createdAt) {

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }
}
