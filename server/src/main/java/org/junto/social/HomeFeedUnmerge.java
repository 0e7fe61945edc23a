package org.junto.social;

import org.junto.jobs.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** After an unfollow, takes the account's posts and boosts out of the former follower's home feed. */
@Component
class HomeFeedUnmerge implements EventHandler<AccountUnfollowed> {
    private final JdbcClient db;
    private final Follows follows;

    HomeFeedUnmerge(JdbcClient db, Follows follows) {
        this.db = db;
        this.follows = follows;
    }

    @Override
    public Class<AccountUnfollowed> eventType() {
        return AccountUnfollowed.class;
    }

    @Override
    public void handle(AccountUnfollowed event) {
        if (follows.follow(event.followerId(), event.targetId()).isPresent()) {
            return; // followed again since: the feed is right as it is
        }
        db.sql("DELETE FROM home_feed WHERE account_id = ? AND author_id = ?")
                .params(event.followerId(), event.targetId())
                .update();
    }
}
