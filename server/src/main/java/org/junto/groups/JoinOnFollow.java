package org.junto.groups;

import org.junto.jobs.EventHandler;
import org.junto.social.AccountFollowed;
import org.springframework.stereotype.Component;

/**
 * Following a public group from a Mastodon client is joining it. (A closed group's account is locked, so a follow
 * there is a request, handled by {@link JoinRequestOnFollowRequest}.)
 */
@Component
class JoinOnFollow implements EventHandler<AccountFollowed> {
    private final Groups groups;
    private final Memberships memberships;

    JoinOnFollow(Groups groups, Memberships memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public Class<AccountFollowed> eventType() {
        return AccountFollowed.class;
    }

    @Override
    public void handle(AccountFollowed event) {
        groups.byId(event.targetId())
                .filter(g -> g.isGroup() && g.privacy() == Privacy.PUBLIC)
                .ifPresent(g -> memberships.addIfFollowing(g.id(), event.followerId(), event.followId()));
    }
}
