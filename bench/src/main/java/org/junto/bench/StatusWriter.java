package org.junto.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the post history: originals (some with a hashtag or a mention), replies to recent posts and boosts, in id
 * order, each with the home-feed rows fan-out would have made, the mention and boost notifications, then favourites
 * of public posts with their notifications. Content is the HTML the server's renderer makes for the same text.
 */
final class StatusWriter {
    private static final String BASE = "http://localhost:8080";
    private static final int TAGS = 200;
    private final Connection db;
    private final SocialGraph graph;
    private final long[] ids;
    private final String[] usernames;
    private final SplittableRandom random;
    private final Seeder.Progress progress;
    private final SocialGraph.Zipf tagPopularity = new SocialGraph.Zipf(TAGS, 1.0);

    StatusWriter(
            Connection db,
            SocialGraph graph,
            long[] ids,
            String[] usernames,
            SplittableRandom random,
            Seeder.Progress progress) {
        this.db = db;
        this.graph = graph;
        this.ids = ids;
        this.usernames = usernames;
        this.random = random;
        this.progress = progress;
    }

    /** Returns the number of home-feed rows written. */
    long write(long count, long from, long to) throws SQLException {
        long[] statusIds = new long[(int) count];
        int[] authors = new int[(int) count];
        boolean[] publicOriginal = new boolean[(int) count];
        long[] tagIds = writeTags(from);
        long homeRows = 0;
        try (Batch statuses = new Batch(
                        db,
                        "INSERT INTO statuses (id, account_id, in_reply_to_id,"
                                + " in_reply_to_account_id, reblog_of_id, conversation_id, text, spoiler_text, content,"
                                + " visibility, sensitive, language, application_id, created_at)"
                                + " VALUES (?,?,?,?,?,?,?,'',?,?,0,'en',NULL,?)");
                Batch mentions = new Batch(db, "INSERT INTO mentions (status_id, account_id) VALUES (?,?)", statuses);
                Batch statusTags = new Batch(db, "INSERT INTO status_tags (status_id, tag_id) VALUES (?,?)", statuses);
                Batch home = new Batch(
                        db, "INSERT INTO home_feed (account_id, status_id, author_id) VALUES (?,?,?)", statuses);
                Batch favourites = new Batch(
                        db,
                        "INSERT INTO favourites (id, account_id, status_id, created_at)" + " VALUES (?,?,?,?)",
                        statuses);
                Batch notifications = new Batch(
                        db,
                        "INSERT INTO notifications (id, account_id, from_account_id,"
                                + " type, status_id, activity_id, created_at) VALUES (?,?,?,?,?,?,?)",
                        favourites)) {
            long step = Math.max(1, (to - from) / Math.max(1, count));
            for (int i = 0; i < count; i++) {
                long createdAt = from + i * step;
                long id = (createdAt << 16) | (i & 0xFFFF);
                int author = random.nextInt(graph.size);
                statusIds[i] = id;
                authors[i] = author;
                int kind = random.nextInt(100);
                Integer replyTo = null;
                if (kind < 10) {
                    int original = recentPublic(i, publicOriginal);
                    if (original >= 0) {
                        statuses.add(id, ids[author], null, null, statusIds[original], id, "", "", "public", createdAt);
                        if (authors[original] != author) {
                            notifications.add(
                                    id,
                                    ids[authors[original]],
                                    ids[author],
                                    "reblog",
                                    statusIds[original],
                                    id,
                                    createdAt);
                        }
                        homeRows += fanOut(home, id, author, null);
                        continue;
                    }
                }
                String visibility = kind < 90 ? "public" : kind < 97 ? "unlisted" : "private";
                StringBuilder text = new StringBuilder();
                StringBuilder html = new StringBuilder();
                int mentioned = -1;
                Long parentId = null;
                Long conversation = id;
                int parent = kind >= 10 && kind < 25 ? recentPublic(i, publicOriginal) : -1;
                if (parent >= 0) {
                    parentId = statusIds[parent];
                    conversation = parentId;
                    replyTo = authors[parent];
                    mentioned = replyTo == author ? -1 : replyTo;
                } else if (kind >= 25 && kind < 30) {
                    mentioned = random.nextInt(graph.size);
                    mentioned = mentioned == author ? -1 : mentioned;
                }
                if (mentioned >= 0) {
                    text.append('@').append(usernames[mentioned]).append(' ');
                    html.append("<span class=\"h-card\" translate=\"no\"><a href=\"")
                            .append(BASE)
                            .append("/@")
                            .append(usernames[mentioned])
                            .append("\" class=\"u-url mention\">@<span>")
                            .append(usernames[mentioned])
                            .append("</span></a></span> ");
                }
                String words = Words.sentence(random);
                text.append(words);
                html.append(words);
                int tag = random.nextInt(5) == 0 ? tagPopularity.next(random) : -1;
                if (tag >= 0) {
                    text.append(" #topic").append(tag);
                    html.append(" <a href=\"")
                            .append(BASE)
                            .append("/tags/topic")
                            .append(tag)
                            .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>topic")
                            .append(tag)
                            .append("</span></a>");
                }
                statuses.add(
                        id,
                        ids[author],
                        parentId,
                        replyTo == null ? null : ids[replyTo],
                        null,
                        conversation,
                        text.toString(),
                        "<p>" + html + "</p>",
                        visibility,
                        createdAt);
                publicOriginal[i] = visibility.equals("public");
                if (mentioned >= 0) {
                    mentions.add(id, ids[mentioned]);
                    notifications.add(id, ids[mentioned], ids[author], "mention", id, id, createdAt);
                }
                if (tag >= 0) {
                    statusTags.add(id, tagIds[tag]);
                }
                homeRows += fanOut(home, id, author, replyTo);
                if (i % 50_000 == 0) {
                    progress.report("statuses", i, count);
                }
            }
            writeFavourites(favourites, notifications, statusIds, authors, publicOriginal);
        }
        return homeRows;
    }

    /** The author and the followers fan-out would reach: a reply to someone else only those who follow them too. */
    private long fanOut(Batch home, long statusId, int author, Integer replyTo) throws SQLException {
        home.add(ids[author], statusId, ids[author]);
        long rows = 1;
        boolean replyToOther = replyTo != null && replyTo != author;
        for (int follower : graph.followers[author]) {
            if (follower == author) {
                continue;
            }
            if (replyToOther && follower != replyTo && !graph.follows(follower, replyTo)) {
                continue;
            }
            home.add(ids[follower], statusId, ids[author]);
            rows++;
        }
        return rows;
    }

    private void writeFavourites(
            Batch favourites, Batch notifications, long[] statusIds, int[] authors, boolean[] publicOriginal)
            throws SQLException {
        int count = statusIds.length;
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < count / 2; k++) {
            int status = random.nextInt(count);
            int fan = random.nextInt(graph.size);
            if (!publicOriginal[status] || fan == authors[status] || !seen.add((long) status * graph.size + fan)) {
                continue;
            }
            long id = statusIds[status] + 1 + k; // below the next status's id: k < count / 2 < the id gap
            long createdAt = statusIds[status] >>> 16;
            favourites.add(id, ids[fan], statusIds[status], createdAt);
            notifications.add(id, ids[authors[status]], ids[fan], "favourite", statusIds[status], id, createdAt);
        }
    }

    /** A recent earlier public original (what can be replied to or boosted by anyone), or -1. */
    private int recentPublic(int before, boolean[] publicOriginal) {
        if (before == 0) {
            return -1;
        }
        int candidate = recent(before);
        while (candidate > 0 && !publicOriginal[candidate]) {
            candidate--;
        }
        return publicOriginal[candidate] ? candidate : -1;
    }

    /** An earlier status, mostly a recent one, as conversations and favourites cluster on what is new. */
    private int recent(int before) {
        int back = (int) Math.min(before - 1, Math.abs(random.nextGaussian()) * 2_000);
        return before - 1 - back;
    }

    private long[] writeTags(long createdAt) throws SQLException {
        long[] tagIds = new long[TAGS];
        try (Batch tags = new Batch(db, "INSERT INTO tags (id, name, name_lower, created_at) VALUES (?,?,?,?)")) {
            for (int t = 0; t < TAGS; t++) {
                tagIds[t] = ((createdAt - 1) << 16) + t;
                tags.add(tagIds[t], "topic" + t, "topic" + t, createdAt);
            }
        }
        return tagIds;
    }
}
