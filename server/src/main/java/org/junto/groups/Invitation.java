package org.junto.groups;

import java.time.Instant;

/**
 * An invitation to a collective: to one account ({@code inviteeId}), or a shareable link (no invitee) with an
 * optional use limit and expiry. {@code code} is known only when a link is made; only its hash is stored.
 */
public record Invitation(
        long id,
        long collectiveId,
        long inviterId,
        Long inviteeId,
        Integer maxUses,
        int uses,
        Instant expiresAt,
        Instant createdAt,
        String code) {

    public boolean isLink() {
        return inviteeId == null;
    }
}
