package org.junto.accounts;

import java.time.Instant;
import java.util.List;

/** A person (or, later, a group) as stored: the domain model behind every door's account entity. */
public record Account(
        long id,
        String username,
        String displayName,
        String note,
        List<ProfileField> fields,
        boolean locked,
        boolean bot,
        boolean discoverable,
        String actorType,
        Instant createdAt,
        Instant updatedAt,
        Instant lastStatusAt) {

    public boolean isGroup() {
        return "Group".equals(actorType);
    }

    public record ProfileField(String name, String value) {}
}
