package org.junto.groups;

import org.junto.jobs.EventHandler;
import org.junto.social.AccountUnfollowed;
import org.springframework.stereotype.Component;

/**
 * Unfollowing a group from a Mastodon client is leaving it, except for its owner, who must transfer ownership first
 * and so stays a member (without the group's announces in their home feed).
 */
@Component
class LeaveOnUnfollow implements EventHandler<AccountUnfollowed> {
    private final Groups groups;
    private final Memberships memberships;

    LeaveOnUnfollow(Groups groups, Memberships memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public Class<AccountUnfollowed> eventType() {
        return AccountUnfollowed.class;
    }

    @Override
    public void handle(AccountUnfollowed event) {
        groups.byId(event.targetId())
                .filter(Collective::isGroup)
                .flatMap(g -> memberships.find(g.id(), event.followerId()))
                .filter(m -> m.role() != Role.OWNER)
                .ifPresent(m -> memberships.remove(m.collectiveId(), m.accountId()));
    }
}
