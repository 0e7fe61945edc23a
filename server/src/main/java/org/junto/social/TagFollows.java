package org.junto.social;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.junto.statuses.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hashtags people follow. Following is idempotent and makes the tag if nobody used it yet, as Mastodon does; the tag's
 * public statuses posted from then on enter the follower's home feed (fan-out in the timelines module). Unfollowing
 * takes out of the home feed what was there only because of the tag.
 */
@Component
public class TagFollows {
    /** A hashtag name as Mastodon accepts one: word characters with at least one letter or underscore. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]*[\\p{L}\\p{M}_][\\p{L}\\p{N}\\p{M}_]*");

    private final JdbcClient db;
    private final Tags tags;

    TagFollows(JdbcClient db, Tags tags) {
        this.db = db;
        this.tags = tags;
    }

    public record Followed(long cursor, Tags.Tag tag) {}

    /** The normalized name of a hashtag given in a path (with or without '#'); 404 when it cannot be a hashtag. */
    public static String validName(String given) {
        String name = given == null ? "" : given.strip().replaceFirst("^#", "");
        if (name.isEmpty() || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw JuntoException.notFound();
        }
        return name;
    }

    @Transactional
    public Tags.Tag follow(long accountId, String name) {
        long tagId = tags.idFor(validName(name));
        db.sql(
                        "INSERT INTO tag_follows (id, account_id, tag_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(Ids.next(), accountId, tagId, Instant.now().toEpochMilli())
                .update();
        return tags.byName(name).orElseThrow();
    }

    @Transactional
    public void unfollow(long accountId, String name) {
        var tag = tags.byName(validName(name));
        if (tag.isEmpty()) {
            return;
        }
        long tagId = tag.get().id();
        db.sql("DELETE FROM tag_follows WHERE account_id = ? AND tag_id = ?")
                .params(accountId, tagId)
                .update();
        db.sql("DELETE FROM home_feed WHERE account_id = :me AND author_id <> :me AND status_id IN"
                        + " (SELECT st.status_id FROM status_tags st WHERE st.tag_id = :tag)"
                        + " AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.account_id = :me"
                        + " AND f.target_account_id = home_feed.author_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = home_feed.status_id"
                        + " AND m.account_id = :me)"
                        + " AND NOT EXISTS (SELECT 1 FROM status_tags st2 JOIN tag_follows tf ON tf.tag_id = st2.tag_id"
                        + " WHERE st2.status_id = home_feed.status_id AND tf.account_id = :me)")
                .param("me", accountId)
                .param("tag", tagId)
                .update();
    }

    /** Which of these tag names (lower case) the account follows. */
    public Set<String> followedAmong(long accountId, Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return db
                .sql("SELECT t.name_lower FROM tag_follows tf JOIN tags t ON t.id = tf.tag_id"
                        + " WHERE tf.account_id = :me AND t.name_lower IN (:names)")
                .param("me", accountId)
                .param(
                        "names",
                        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** A page of followed tags, most recently followed first, cursored by the follow's id. */
    public List<Followed> page(long accountId, PageRequest page) {
        List<Followed> rows = db.sql("SELECT tf.id, t.id AS tag_id, t.name FROM tag_follows tf JOIN tags t"
                        + " ON t.id = tf.tag_id WHERE tf.account_id = :me"
                        + Keyset.bounds("tf.id", page) + Keyset.orderAndLimit("tf.id", page))
                .param("me", accountId)
                .query((rs, n) -> new Followed(rs.getLong(1), new Tags.Tag(rs.getLong(2), rs.getString(3))))
                .list();
        return Keyset.newestFirst(rows, page);
    }
}
