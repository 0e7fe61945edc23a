package org.junto.statuses;

import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a status by its author. Its boosts, favourites, mentions, feed rows and notifications go with it (foreign
 * keys cascade); replies to it stay, as in Mastodon. Returns the deleted status so that clients can offer
 * delete-and-redraft with its source text.
 */
@Service
public class DeleteStatusService {
    private final Statuses statuses;
    private final Outbox outbox;

    DeleteStatusService(Statuses statuses, Outbox outbox) {
        this.statuses = statuses;
        this.outbox = outbox;
    }

    @Transactional
    public Status delete(long requesterId, long statusId) {
        Status status = statuses.byId(statusId)
                .filter(s -> s.accountId() == requesterId)
                .orElseThrow(JuntoException::notFound);
        statuses.delete(statusId);
        outbox.publish(new StatusDeleted(statusId, requesterId));
        return status;
    }

    /**
     * Deletes a status whatever its author, for a decision taken elsewhere with the authority to take it (a group
     * owner deleting the group with its content). The caller checks that authority.
     */
    @Transactional
    public void deleteByModeration(long statusId) {
        statuses.byId(statusId).ifPresent(status -> {
            statuses.delete(statusId);
            outbox.publish(new StatusDeleted(statusId, status.accountId()));
        });
    }
}
