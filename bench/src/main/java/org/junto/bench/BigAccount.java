package org.junto.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 2: one post by an account with 100,000 followers; the time from the acknowledged post until the home
 * feeds have it. Fan-out writes all rows in one transaction, so they become visible together: the time is taken by
 * polling the first, a middle and the last follower's home timelines through the API, and completeness is then
 * checked by counting the post's home-feed rows in the database.
 */
@Command(name = "big-account", description = "one post to 100,000 followers' home feeds")
final class BigAccount implements Callable<Integer> {
    @Mixin
    Options options;

    @Option(names = "--followers", defaultValue = "100000")
    int followers;

    @Option(names = "--statuses", defaultValue = "10000", description = "history seeded before the run")
    long statuses;

    @Option(names = "--posts", defaultValue = "5", description = "posts made one after another")
    int posts;

    @Override
    public Integer call() throws Exception {
        Report report = new Report("big-account");
        var shape = new SocialGraph.Shape(followers + 1, 5, 1, followers, 0, 0);
        try (Session session = Session.start(options, shape, statuses, System.out)) {
            session.describe(report);
            Population p = session.population;
            int[] fs = p.graph().followers[0];
            int[] probes = {fs[0], fs[fs.length / 2], fs[fs.length - 1]};
            Histogram times = new Histogram(3);
            boolean complete = true;
            for (int i = 0; i < posts; i++) {
                long id = session.api
                        .postStatus(p.tokens()[0], "Big news number " + i)
                        .get();
                long committed = System.nanoTime();
                List<CompletableFuture<Long>> seen = new ArrayList<>();
                for (int follower : probes) {
                    seen.add(CompletableFuture.supplyAsync(
                            () -> awaitSeen(session.api, p.tokens()[follower], id),
                            runnable -> Thread.ofVirtual().start(runnable)));
                }
                long last =
                        seen.stream().mapToLong(CompletableFuture::join).max().orElseThrow();
                double ms = (last - committed) / 1e6;
                times.recordValue((long) (ms * 1000));
                long rows = homeFeedRows(session, id);
                complete &= rows == fs.length + 1;
                System.out.printf("post %d: in the home feeds after %.0f ms (%,d home-feed rows)%n", i, ms, rows);
                Thread.sleep(2000);
            }
            report.setting("followers", fs.length);
            report.figure("fan-out to all followers, median", times.getValueAtPercentile(50) / 1000.0, "ms");
            report.figure(
                    "fan-out to all followers, worst",
                    times.getMaxValue() / 1000.0,
                    "ms",
                    "<= 2,000",
                    times.getMaxValue() / 1000.0 <= 2000);
            report.figure("every follower's home feed had every post", complete ? 1 : 0, "yes=1");
        }
        return Results.finish(report, options);
    }

    private static long awaitSeen(Api api, String token, long statusId) {
        long seen = FeedWatch.awaitSeen(api, token, statusId, System.nanoTime() + 120_000_000_000L);
        if (seen < 0) {
            throw new IllegalStateException("status " + statusId + " not in a home feed after two minutes");
        }
        return seen;
    }

    private static long homeFeedRows(Session session, long statusId) throws Exception {
        try (Connection c = DriverManager.getConnection(session.database.jdbcUrl());
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM home_feed WHERE status_id = ?")) {
            s.setLong(1, statusId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
