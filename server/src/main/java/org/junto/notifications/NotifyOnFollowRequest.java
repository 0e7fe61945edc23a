package org.junto.notifications;

import org.junto.jobs.EventHandler;
import org.junto.social.FollowRequested;
import org.junto.social.Follows;
import org.springframework.stereotype.Component;

/** A request to follow a locked account notifies that account while the request is pending. */
@Component
class NotifyOnFollowRequest implements EventHandler<FollowRequested> {
    private final Follows follows;
    private final Notifier notifier;

    NotifyOnFollowRequest(Follows follows, Notifier notifier) {
        this.follows = follows;
        this.notifier = notifier;
    }

    @Override
    public Class<FollowRequested> eventType() {
        return FollowRequested.class;
    }

    @Override
    public void handle(FollowRequested event) {
        follows.request(event.requesterId(), event.targetId())
                .filter(r -> r.id() == event.requestId())
                .ifPresent(r -> notifier.notify(
                        event.targetId(),
                        event.requesterId(),
                        NotificationTypes.FOLLOW_REQUEST,
                        null,
                        event.requestId()));
    }
}
