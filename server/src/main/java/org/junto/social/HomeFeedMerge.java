package org.junto.social;

import java.util.List;
import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a follow, puts the followed account's recent posts and boosts into the follower's home feed, so the feed is
 * not empty of them until they next post (Mastodon merges the same 40). Only what the follower may see, honouring the
 * follow's options; direct messages stay out, as they reach a home feed only through fan-out of a new post.
 */
@Component
class HomeFeedMerge implements EventHandler<AccountFollowed> {
    static final int RECENT = 40;
    private final JdbcClient db;
    private final Follows follows;

    HomeFeedMerge(JdbcClient db, Follows follows) {
        this.db = db;
        this.follows = follows;
    }

    @Override
    public Class<AccountFollowed> eventType() {
        return AccountFollowed.class;
    }

    @Override
    public void handle(AccountFollowed event) {
        var follow = follows.follow(event.followerId(), event.targetId());
        if (follow.isEmpty() || follow.get().id() != event.followId()) {
            return;
        }
        Follow f = follow.get();
        List<String> languages = f.languages();
        var query = db.sql("SELECT s.id FROM statuses s WHERE s.account_id = :target"
                        + " AND s.visibility IN ('public', 'unlisted', 'private')"
                        + (f.showReblogs() ? "" : " AND s.reblog_of_id IS NULL")
                        + (languages == null
                                ? ""
                                : " AND (s.reblog_of_id IS NOT NULL OR s.language IS NULL OR s.language IN (:langs))")
                        + " AND " + StatusVisibility.visibleTo("s", f.accountId())
                        + " AND " + StatusVisibility.notMutedBy("s", f.accountId())
                        + " ORDER BY s.id DESC LIMIT " + RECENT)
                .param("target", f.targetAccountId())
                .param("viewer", f.accountId());
        if (languages != null) {
            query = query.param("langs", languages);
        }
        for (long statusId : query.query(Long.class).list()) {
            db.sql("INSERT INTO home_feed (account_id, status_id, author_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(f.accountId(), statusId, f.targetAccountId())
                    .update();
        }
    }
}
