package org.junto.social;

import org.junto.jobs.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a block, takes each account's posts and boosts, and others' boosts of them, out of the other's home feed.
 * Reads filter blocked content anyway; this keeps the feed rows honest and pages full.
 */
@Component
class HomeFeedBlockPurge implements EventHandler<AccountBlocked> {
    private final JdbcClient db;
    private final Blocks blocks;

    HomeFeedBlockPurge(JdbcClient db, Blocks blocks) {
        this.db = db;
        this.blocks = blocks;
    }

    @Override
    public Class<AccountBlocked> eventType() {
        return AccountBlocked.class;
    }

    @Override
    public void handle(AccountBlocked event) {
        if (!blocks.blocks(event.blockerId(), event.targetId())) {
            return; // unblocked since
        }
        purge(event.blockerId(), event.targetId());
        purge(event.targetId(), event.blockerId());
    }

    private void purge(long ownerId, long authorId) {
        db.sql("DELETE FROM home_feed WHERE account_id = :owner AND (author_id = :author OR EXISTS (SELECT 1"
                        + " FROM statuses b JOIN statuses o ON o.id = b.reblog_of_id WHERE b.id = home_feed.status_id"
                        + " AND o.account_id = :author))")
                .param("owner", ownerId)
                .param("author", authorId)
                .update();
    }
}
