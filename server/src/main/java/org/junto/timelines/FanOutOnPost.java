package org.junto.timelines;

import org.junto.core.Visibility;
import org.junto.jobs.EventHandler;
import org.junto.statuses.Status;
import org.junto.statuses.StatusPosted;
import org.junto.statuses.Statuses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a new status (or boost) into the home feeds of those who should see it, after the post commits: the author;
 * for a direct message the mentioned accounts; otherwise every follower — except that a reply reaches a follower only
 * when it answers the author, the follower, or someone the follower also follows (Mastodon's rule, which keeps
 * half-conversations out of home feeds), and a boost only followers who want boosts. One INSERT … SELECT per post;
 * re-running it is harmless.
 */
@Component
class FanOutOnPost implements EventHandler<StatusPosted> {
    private final Statuses statuses;
    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    FanOutOnPost(Statuses statuses, JdbcClient db, ApplicationEventPublisher events) {
        this.statuses = statuses;
        this.db = db;
        this.events = events;
    }

    @Override
    public Class<StatusPosted> eventType() {
        return StatusPosted.class;
    }

    @Override
    public void handle(StatusPosted event) {
        statuses.byId(event.statusId()).ifPresent(status -> {
            fanOut(status);
            // In memory, not through the outbox: live delivery is best effort, and readers catch up through REST.
            events.publishEvent(new HomeFeedsFilled(status.id(), status.accountId()));
        });
    }

    private void fanOut(Status s) {
        insertFor(s, "SELECT CAST(:author AS BIGINT) AS account_id");
        if (s.visibility() == Visibility.DIRECT) {
            insertFor(s, "SELECT m.account_id FROM mentions m WHERE m.status_id = :status");
            return;
        }
        StringBuilder followers = new StringBuilder(
                "SELECT f.account_id AS account_id FROM follows f WHERE f.target_account_id = :author");
        if (s.isReblog()) {
            followers.append(" AND f.show_reblogs = 1");
        }
        Long replyTo = s.inReplyToAccountId();
        if (replyTo != null && replyTo != s.accountId()) {
            followers
                    .append(" AND (f.account_id = ")
                    .append(replyTo)
                    .append(" OR EXISTS (SELECT 1 FROM follows f2 WHERE f2.account_id = f.account_id AND"
                            + " f2.target_account_id = ")
                    .append(replyTo)
                    .append("))");
        }
        insertFor(s, followers.toString());
    }

    private void insertFor(Status s, String recipients) {
        db.sql("INSERT INTO home_feed (account_id, status_id, author_id) SELECT r.account_id, CAST(:status AS BIGINT),"
                        + " CAST(:author AS BIGINT) FROM (" + recipients + ") r WHERE 1 = 1 ON CONFLICT DO NOTHING")
                .param("status", s.id())
                .param("author", s.accountId())
                .update();
    }
}
