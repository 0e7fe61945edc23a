package org.junto.groups;

import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.junto.statuses.Status;
import org.junto.statuses.StatusInteractions;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to posts in their group: take one out (the group withdraws its announce, the post leaves the
 * group's timeline but stays as private as it was, and its author is notified) and pin or unpin one.
 */
@Service
public class GroupModerationService {
    private final Authority authority;
    private final CollectivePosts posts;
    private final Statuses statuses;
    private final StatusInteractions interactions;
    private final Outbox outbox;

    GroupModerationService(
            Authority authority,
            CollectivePosts posts,
            Statuses statuses,
            StatusInteractions interactions,
            Outbox outbox) {
        this.authority = authority;
        this.posts = posts;
        this.statuses = statuses;
        this.interactions = interactions;
        this.outbox = outbox;
    }

    @Transactional
    public void remove(long moderatorId, long collectiveId, long statusId) {
        Collective c = authority.require(moderatorId, collectiveId, Role.MODERATOR);
        Status status = placedIn(c, statusId);
        posts.markRemoved(status.id());
        interactions.withdrawAnnounce(c.id(), status.id());
        outbox.publish(new GroupPostRemoved(c.id(), status.id(), status.accountId(), moderatorId));
    }

    @Transactional
    public void pin(long moderatorId, long collectiveId, long statusId, boolean pinned) {
        Collective c = authority.require(moderatorId, collectiveId, Role.MODERATOR);
        posts.pin(placedIn(c, statusId).id(), pinned);
    }

    private Status placedIn(Collective c, long statusId) {
        posts.of(statusId)
                .filter(p -> p.collectiveId() == c.id() && !p.removed())
                .orElseThrow(JuntoException::notFound);
        return statuses.byId(statusId).orElseThrow(JuntoException::notFound);
    }
}
