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
 * half-conversations out of home feeds), a boost only followers who want boosts, and a post in a language only
 * followers who did not limit the follow to other languages; a public status also reaches
 * the followers of its hashtags. One INSERT … SELECT per post;
 * re-running it is harmless.
 */
@Component
class FanOutOnPost implements EventHandler<StatusPosted> {
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-zA-Z0-9-]{2,16}");
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
        if (!s.isReblog()
                && s.language() != null
                && LANGUAGE.matcher(s.language()).matches()) {
            // A follow may ask for some languages only (Mastodon's follow "languages"); the code is checked above.
            followers
                    .append(" AND (f.languages IS NULL OR f.languages LIKE '%\"")
                    .append(s.language())
                    .append("\"%')");
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
        if (s.visibility() == Visibility.PUBLIC && !s.isReblog()) {
            // Mastodon's hashtag followers: public statuses only, never boosts.
            insertFor(
                    s,
                    "SELECT DISTINCT tf.account_id FROM tag_follows tf JOIN status_tags st ON st.tag_id = tf.tag_id"
                            + " WHERE st.status_id = :status");
        }
    }

    private void insertFor(Status s, String recipients) {
        db.sql("INSERT INTO home_feed (account_id, status_id, author_id) SELECT r.account_id, CAST(:status AS BIGINT),"
                        + " CAST(:author AS BIGINT) FROM (" + recipients + ") r WHERE 1 = 1 ON CONFLICT DO NOTHING")
                .param("status", s.id())
                .param("author", s.accountId())
                .update();
    }
}
