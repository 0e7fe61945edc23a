package org.junto.notifications;

import org.junto.groups.GroupPostRemoved;
import org.junto.jobs.EventHandler;
import org.springframework.stereotype.Component;

/** Tells an author that a moderator took their post out of a group; the notification comes from the group. */
@Component
class NotifyOnGroupPostRemoved implements EventHandler<GroupPostRemoved> {
    private final Notifier notifier;

    NotifyOnGroupPostRemoved(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public Class<GroupPostRemoved> eventType() {
        return GroupPostRemoved.class;
    }

    @Override
    public void handle(GroupPostRemoved event) {
        notifier.notify(
                event.authorId(),
                event.collectiveId(),
                NotificationTypes.GROUP_POST_REMOVED,
                event.statusId(),
                event.statusId());
    }
}
