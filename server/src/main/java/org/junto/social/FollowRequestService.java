package org.junto.social;

import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A locked account answers a request to follow it: accepting makes the follow, with the options requested. */
@Service
public class FollowRequestService {
    private final Follows follows;
    private final Outbox outbox;

    FollowRequestService(Follows follows, Outbox outbox) {
        this.follows = follows;
        this.outbox = outbox;
    }

    @Transactional
    public void authorize(long targetId, long requesterId) {
        Follow request = follows.request(requesterId, targetId).orElseThrow(JuntoException::notFound);
        follows.deleteRequest(requesterId, targetId);
        long followId = follows.insertFollow(
                requesterId, targetId, request.showReblogs(), request.notifying(), request.languages());
        outbox.publish(new AccountFollowed(requesterId, targetId, followId, true));
    }

    @Transactional
    public void reject(long targetId, long requesterId) {
        if (!follows.deleteRequest(requesterId, targetId)) {
            throw JuntoException.notFound();
        }
    }
}
