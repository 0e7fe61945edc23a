package org.junto.groups;

import org.junto.actions.TaskPlacement;
import org.junto.core.Visibility;
import org.junto.statuses.Status;
import org.junto.statuses.StatusInteractions;
import org.springframework.stereotype.Component;

/**
 * Places a member's status in a collective, in the posting transaction. In a group the group then announces (boosts)
 * it to its followers, the fediverse group convention (FEP-1b12); in a closed or secret group, and in an organization,
 * the post becomes members-only and the announce followers-only. A task the post made lives there as well.
 */
@Component
class PlaceInGroup {
    private final CollectivePosts posts;
    private final StatusInteractions interactions;
    private final TaskPlacement tasks;

    PlaceInGroup(CollectivePosts posts, StatusInteractions interactions, TaskPlacement tasks) {
        this.posts = posts;
        this.interactions = interactions;
        this.tasks = tasks;
    }

    /** True if the status was placed (it was in no collective yet). */
    boolean place(Status status, Collective c) {
        boolean membersOnly = c.privacy().membersOnly() || !c.isGroup();
        if (!posts.place(status.id(), c.id(), membersOnly)) {
            return false;
        }
        tasks.originPlaced(status.id(), c.id()); // a task this post made lives in the collective too
        if (c.isGroup()) {
            Visibility announce =
                    membersOnly || status.visibility() == Visibility.PRIVATE ? Visibility.PRIVATE : status.visibility();
            interactions.announce(c.id(), status, announce);
        }
        return true;
    }

    boolean isIn(Status status, Collective c) {
        return posts.of(status.id()).map(p -> p.collectiveId() == c.id()).orElse(false);
    }
}
