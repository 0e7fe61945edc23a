package org.junto.notifications;

import org.junto.jobs.EventHandler;
import org.junto.social.AccountFollowed;
import org.junto.social.Follows;
import org.springframework.stereotype.Component;

/**
 * A new follow notifies the followed account. A follow that comes from an accepted request does not: the target was
 * told of the request and made the follow themselves.
 */
@Component
class NotifyOnFollow implements EventHandler<AccountFollowed> {
    private final Follows follows;
    private final Notifier notifier;

    NotifyOnFollow(Follows follows, Notifier notifier) {
        this.follows = follows;
        this.notifier = notifier;
    }

    @Override
    public Class<AccountFollowed> eventType() {
        return AccountFollowed.class;
    }

    @Override
    public void handle(AccountFollowed event) {
        if (event.fromRequest()) {
            return;
        }
        follows.follow(event.followerId(), event.targetId())
                .filter(f -> f.id() == event.followId())
                .ifPresent(f -> notifier.notify(
                        event.targetId(), event.followerId(), NotificationTypes.FOLLOW, null, event.followId()));
    }
}
