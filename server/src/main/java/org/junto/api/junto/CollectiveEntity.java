package org.junto.api.junto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junto.api.mastodon.AccountEntity;

/**
 * A group or organization in the Junto API. {@code account} is its profile as the Mastodon Account entity (the same
 * one Mastodon clients see, {@code group: true} for groups); {@code membership} is where the signed-in viewer stands.
 */
public record CollectiveEntity(
        String id,
        String kind,
        String handle,
        String privacy,
        String rules,
        String organizationId,
        long membersCount,
        String createdAt,
        AccountEntity account,
        @JsonInclude(JsonInclude.Include.NON_NULL) Membership membership) {

    /** {@code role} is null for non-members. */
    public record Membership(String role, boolean requested, boolean invited) {}
}
