package org.junto.groups;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junto.core.Visibility;
import org.junto.statuses.PostingStep;
import org.junto.statuses.Status;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Posting into a group from any client: a status that mentions a group ({@code @handle}; {@code !handle} is read the
 * same), or replies to a post in a group, is placed in that group when its author is a member. A non-member's mention
 * places nothing; a direct message is never placed.
 */
@Component
@Order(50) // before the actions step (@Order(100)), which reads where the post was placed
class GroupPostingStep implements PostingStep {
    private final Groups groups;
    private final CollectivePosts posts;
    private final PlaceInGroup placing;

    GroupPostingStep(Groups groups, CollectivePosts posts, PlaceInGroup placing) {
        this.groups = groups;
        this.posts = posts;
        this.placing = placing;
    }

    @Override
    public void posted(Status status, Collection<Long> mentionedAccountIds) {
        if (status.visibility() == Visibility.DIRECT || status.isReblog()) {
            return;
        }
        Set<Long> candidates = new LinkedHashSet<>();
        if (status.inReplyToId() != null) {
            posts.of(status.inReplyToId()).ifPresent(p -> candidates.add(p.collectiveId()));
        }
        candidates.addAll(mentionedAccountIds);
        for (long id : candidates) {
            var group = groups.byId(id).filter(Collective::isGroup);
            if (group.isPresent() && groups.isMember(id, status.accountId()) && placing.place(status, group.get())) {
                return;
            }
        }
    }
}
