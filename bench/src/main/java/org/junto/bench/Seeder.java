package org.junto.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Fills an empty, migrated database with the rows the server itself would have written for a population, a social
 * graph and a history of posts: accounts with users and OAuth tokens (only SHA-256 hashes stored, as the server
 * does), follows, statuses with replies, mentions, hashtags and boosts, favourites, the notifications those cause,
 * and home-feed rows exactly as fan-out would have made them (author, followers, Mastodon's reply rule). Rows go in
 * JDBC batches in a few large transactions; ids are time-sortable as the server's, and all older than any new post.
 */
final class Seeder {
    /**
     * An Argon2id hash (the server's encoder, its parameters) of two random UUIDs that were thrown away: seeded people
     * cannot sign in with a password and use their tokens, as a client app would.
     */
    static final String PASSWORD_HASH =
            "$argon2id$v=19$m=16384,t=2,p=1$KyqBQOEQkBhgo0eiNAo/Ug$3ME77fLCejxsQ7n5UBlyIGHhAsZ71tRtatCj1lqcr+w";

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final Connection db;
    private final SplittableRandom random;
    private final Progress progress;

    Seeder(Connection db, long seed, Progress progress) {
        this.db = db;
        this.random = new SplittableRandom(seed);
        this.progress = progress;
    }

    interface Progress {
        void report(String step, long done, long total);
    }

    Population seed(SocialGraph.Shape shape, long statusCount) throws SQLException {
        db.setAutoCommit(false);
        long now = System.currentTimeMillis();
        long historyStart = now - 30 * DAY;
        SocialGraph graph = SocialGraph.generate(shape, random);
        int n = graph.size;
        long[] ids = new long[n];
        String[] usernames = new String[n];
        String[] tokens = new String[n];
        long appId = ((historyStart - 4 * DAY) << 16);
        try (Batch apps = new Batch(
                db,
                "INSERT INTO oauth_apps (id, name, website, redirect_uris, scopes, client_id,"
                        + " client_secret, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
            apps.add(
                    appId,
                    "junto-bench",
                    null,
                    "urn:ietf:wg:oauth:2.0:oob",
                    "read write follow push",
                    randomToken(),
                    randomToken(),
                    historyStart - 4 * DAY);
        }
        writeAccounts(historyStart - 3 * DAY, appId, ids, usernames, tokens);
        writeFollows(graph, ids, historyStart - 2 * DAY);
        db.commit();
        StatusWriter statuses = new StatusWriter(db, graph, ids, usernames, random, progress);
        long homeRows = statuses.write(statusCount, historyStart, now - DAY);
        db.commit();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE accounts SET last_status_at = (SELECT MAX(created_at) FROM statuses"
                    + " WHERE statuses.account_id = accounts.id)");
            // The stored counters the server keeps with every post and follow (migration V120, decision 0020).
            s.executeUpdate("DELETE FROM account_stats");
            s.executeUpdate("INSERT INTO account_stats (account_id, statuses_count, followers_count,"
                    + " following_count) SELECT a.id, COALESCE(p.n, 0), COALESCE(fr.n, 0), COALESCE(fg.n, 0)"
                    + " FROM accounts a"
                    + " LEFT JOIN (SELECT account_id, COUNT(*) AS n FROM statuses GROUP BY account_id) p"
                    + " ON p.account_id = a.id"
                    + " LEFT JOIN (SELECT target_account_id, COUNT(*) AS n FROM follows GROUP BY target_account_id)"
                    + " fr ON fr.target_account_id = a.id"
                    + " LEFT JOIN (SELECT account_id, COUNT(*) AS n FROM follows GROUP BY account_id) fg"
                    + " ON fg.account_id = a.id");
        }
        db.commit();
        return new Population(ids, usernames, tokens, graph, statusCount, homeRows);
    }

    private void writeAccounts(long createdAt, long appId, long[] ids, String[] usernames, String[] tokens)
            throws SQLException {
        try (Batch accounts = new Batch(
                        db,
                        "INSERT INTO accounts (id, username, username_lower, display_name,"
                                + " created_at, updated_at) VALUES (?,?,?,?,?,?)");
                Batch users = new Batch(
                        db,
                        "INSERT INTO users (account_id, email, email_lower, password_hash, role,"
                                + " approved, locale, created_at) VALUES (?,?,?,?,?,?,?,?)",
                        accounts);
                Batch oauth = new Batch(
                        db,
                        "INSERT INTO oauth_tokens (id, token_hash, app_id, account_id, scopes,"
                                + " created_at) VALUES (?,?,?,?,?,?)",
                        accounts)) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = (createdAt << 16) + i;
                usernames[i] = "user" + i;
                tokens[i] = randomToken();
                accounts.add(ids[i], usernames[i], usernames[i], "Bench User " + i, createdAt, createdAt);
                String email = usernames[i] + "@bench.invalid";
                users.add(ids[i], email, email, PASSWORD_HASH, "user", 1, "en", createdAt);
                oauth.add(ids[i], sha256(tokens[i]), appId, ids[i], "read write follow push", createdAt);
                if (i % 10_000 == 0) {
                    progress.report("accounts", i, ids.length);
                }
            }
        }
    }

    private void writeFollows(SocialGraph graph, long[] ids, long createdAt) throws SQLException {
        long id = createdAt << 16;
        long total = graph.edges();
        try (Batch follows = new Batch(
                        db,
                        "INSERT INTO follows (id, account_id, target_account_id, show_reblogs,"
                                + " notify, created_at) VALUES (?,?,?,1,0,?)");
                Batch notifications = new Batch(
                        db,
                        "INSERT INTO notifications (id, account_id, from_account_id,"
                                + " type, status_id, activity_id, created_at) VALUES (?,?,?,'follow',NULL,?,?)")) {
            for (int target = 0; target < graph.size; target++) {
                for (int follower : graph.followers[target]) {
                    id++;
                    follows.add(id, ids[follower], ids[target], createdAt);
                    notifications.add(id, ids[target], ids[follower], id, createdAt);
                    if (follows.written() % 100_000 == 0) {
                        progress.report("follows", follows.written(), total);
                    }
                }
            }
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The server's token hash (OAuthTokens.hash): hex SHA-256 of the plain token. */
    static String sha256(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
