package org.junto.groups;

import org.junto.social.FollowRequestService;
import org.junto.social.FollowService;
import org.junto.social.Follows;
import org.springframework.stereotype.Component;

/**
 * Keeps a group's followers in step with its members. A group delivers its announces to its followers (FEP-1b12), so
 * every member follows the group; for a closed or secret group (a locked account) the follow is asked and granted at
 * once, because membership has already been decided.
 */
@Component
class GroupFollows {
    private final FollowService follows;
    private final FollowRequestService requests;
    private final Follows graph;

    GroupFollows(FollowService follows, FollowRequestService requests, Follows graph) {
        this.follows = follows;
        this.requests = requests;
        this.graph = graph;
    }

    void subscribe(long memberId, Collective group) {
        if (!group.isGroup() || graph.follow(memberId, group.id()).isPresent()) {
            return;
        }
        follows.follow(memberId, group.id(), FollowService.Options.DEFAULTS);
        if (graph.request(memberId, group.id()).isPresent()) {
            requests.authorize(group.id(), memberId);
        }
    }

    void unsubscribe(long memberId, Collective group) {
        if (group.isGroup()) {
            follows.unfollow(memberId, group.id());
        }
    }

    /** Withdraws a pending follow request (a join request was answered no). */
    void refuse(long requesterId, Collective group) {
        if (group.isGroup() && graph.request(requesterId, group.id()).isPresent()) {
            requests.reject(group.id(), requesterId);
        }
    }
}
