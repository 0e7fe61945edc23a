package org.junto.api.mastodon;

import java.util.List;
import org.junto.social.Relationship;

/** Mastodon's Relationship entity. Junto has no domain blocks, endorsements or private notes yet: always off/empty. */
public record RelationshipEntity(
        String id,
        boolean following,
        boolean showingReblogs,
        boolean notifying,
        List<String> languages,
        boolean followedBy,
        boolean blocking,
        boolean blockedBy,
        boolean muting,
        boolean mutingNotifications,
        String mutingExpiresAt,
        boolean requested,
        boolean requestedBy,
        boolean domainBlocking,
        boolean endorsed,
        String note) {

    static RelationshipEntity of(Relationship r) {
        return new RelationshipEntity(
                Long.toString(r.accountId()),
                r.following(),
                r.showingReblogs(),
                r.notifying(),
                r.languages(),
                r.followedBy(),
                r.blocking(),
                r.blockedBy(),
                r.muting(),
                r.mutingNotifications(),
                Dates.datetime(r.mutingExpiresAt()),
                r.requested(),
                r.requestedBy(),
                false,
                false,
                "");
    }
}
