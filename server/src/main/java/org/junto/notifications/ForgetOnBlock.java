package org.junto.notifications;

import org.junto.jobs.EventHandler;
import org.junto.social.AccountBlocked;
import org.junto.social.Blocks;
import org.springframework.stereotype.Component;

/** A block deletes the blocker's notifications from the blocked account, as Mastodon does; unblocking restores none. */
@Component
class ForgetOnBlock implements EventHandler<AccountBlocked> {
    private final Blocks blocks;
    private final Notifications notifications;

    ForgetOnBlock(Blocks blocks, Notifications notifications) {
        this.blocks = blocks;
        this.notifications = notifications;
    }

    @Override
    public Class<AccountBlocked> eventType() {
        return AccountBlocked.class;
    }

    @Override
    public void handle(AccountBlocked event) {
        if (blocks.blocks(event.blockerId(), event.targetId())) {
            notifications.forget(event.blockerId(), event.targetId());
        }
    }
}
