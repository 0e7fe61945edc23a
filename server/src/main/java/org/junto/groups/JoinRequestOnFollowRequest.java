package org.junto.groups;

import org.junto.jobs.EventHandler;
import org.junto.social.FollowRequested;
import org.junto.social.Follows;
import org.springframework.stereotype.Component;

/**
 * A Mastodon follow request to a closed group is a join request, answered by its moderators. To a secret group it
 * is accepted when the requester was invited and otherwise refused: secret groups are joined by invitation only.
 */
@Component
class JoinRequestOnFollowRequest implements EventHandler<FollowRequested> {
    private final Groups groups;
    private final Memberships memberships;
    private final Invitations invitations;
    private final MembershipService membershipService;
    private final GroupFollows groupFollows;
    private final Follows follows;

    JoinRequestOnFollowRequest(
            Groups groups,
            Memberships memberships,
            Invitations invitations,
            MembershipService membershipService,
            GroupFollows groupFollows,
            Follows follows) {
        this.groups = groups;
        this.memberships = memberships;
        this.invitations = invitations;
        this.membershipService = membershipService;
        this.groupFollows = groupFollows;
        this.follows = follows;
    }

    @Override
    public Class<FollowRequested> eventType() {
        return FollowRequested.class;
    }

    @Override
    public void handle(FollowRequested event) {
        var group = groups.byId(event.targetId()).filter(Collective::isGroup);
        long requester = event.requesterId();
        if (group.isEmpty() || follows.request(requester, event.targetId()).isEmpty()) {
            return;
        }
        Collective g = group.get();
        if (memberships.find(g.id(), requester).isPresent() || invitations.consumeDirect(g.id(), requester)) {
            membershipService.admit(g, requester);
        } else if (g.privacy() == Privacy.SECRET) {
            groupFollows.refuse(requester, g);
        } else {
            memberships.addRequest(g.id(), requester);
        }
    }
}
