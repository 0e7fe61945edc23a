package org.junto.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 1: durable posts per second, each author followed by exactly 100 accounts, SQLite with
 * {@code synchronous=FULL}. Posts go at constant rates through {@code POST /api/v1/statuses}; a few posts a
 * second ({@code --watches-per-second}) are followed into a random follower's home timeline, timing fan-out from the acknowledged
 * (committed) post; after each step the last post is checked in every follower's home feed.
 */
@Command(name = "post-fanout", description = "durable posts/s with fan-out to 100 followers each")
final class PostFanout implements Callable<Integer> {
    @Mixin
    Options options;

    @Option(names = "--accounts", defaultValue = "10000")
    int accounts;

    @Option(names = "--statuses", defaultValue = "100000", description = "history seeded before the run")
    long statuses;

    @Option(names = "--authors", defaultValue = "200")
    int authors;

    @Option(names = "--followers", defaultValue = "100")
    int followers;

    @Option(names = "--rates", split = ",", defaultValue = "250,500,1000,1500", description = "posts/s per step")
    List<Double> rates;

    @Option(
            names = "--watches-per-second",
            defaultValue = "2",
            description = "posts a second followed into a home feed (each watch polls, so keep it small)")
    double watchesPerSecond;

    @Override
    public Integer call() throws Exception {
        Report report = new Report("post-fanout");
        var shape = new SocialGraph.Shape(accounts, 20, 0, 0, authors, followers);
        try (Session session = Session.start(options, shape, statuses, System.out)) {
            session.describe(report);
            report.setting("followers_per_author", followers).setting("authors", authors);
            Population p = session.population;
            int firstAuthor = p.size() - authors;
            double held = 0;
            for (double rate : rates) {
                FeedWatch watch = new FeedWatch(session.api);
                long watchEvery = Math.max(1, Math.round(rate / watchesPerSecond));
                long[] lastPost = new long[2];
                OpenLoad.Step step = OpenLoad.run(rate, options.duration(), options.warmUp(), k -> {
                    int author = firstAuthor + (int) (k % authors);
                    return session.api
                            .postStatus(p.tokens()[author], "Fan-out post " + k + " at " + rate)
                            .thenApply(id -> {
                                long committed = System.nanoTime();
                                synchronized (lastPost) {
                                    lastPost[0] = id;
                                    lastPost[1] = author;
                                }
                                if (k % watchEvery == 0) {
                                    int[] fs = p.graph().followers[author];
                                    watch.watch(
                                            p.tokens()[
                                                    fs[
                                                            ThreadLocalRandom.current()
                                                                    .nextInt(fs.length)]],
                                            id,
                                            committed);
                                }
                                return true;
                            });
                });
                FeedWatch.Result fanout = watch.finish();
                boolean everyone = reachedEveryFollower(session, p, lastPost[0], (int) lastPost[1]);
                report.step(Report.format(rate) + " posts/s", step);
                report.figure("fan-out p50 at " + Report.format(rate) + "/s", fanout.p(50), "ms");
                report.figure("fan-out p99 at " + Report.format(rate) + "/s", fanout.p(99), "ms");
                report.figure("fan-out never seen at " + Report.format(rate) + "/s", fanout.missed(), "posts");
                report.figure(
                        "last post in all " + followers + " home feeds at " + Report.format(rate) + "/s",
                        everyone ? 1 : 0,
                        "yes=1");
                boolean ok = step.errors() == 0
                        && step.achievedRate() >= 0.95 * rate
                        && step.p(99) <= 1000
                        && fanout.missed() == 0
                        && fanout.p(99) <= 2000
                        && everyone;
                System.out.printf(
                        "%.0f posts/s: done %.1f/s, p99 %.1f ms, fan-out p99 %.1f ms, errors %d -> %s%n",
                        rate, step.achievedRate(), step.p(99), fanout.p(99), step.errors(), ok ? "held" : "not held");
                if (ok) {
                    held = Math.max(held, step.achievedRate());
                }
            }
            report.figure(
                    "durable posts/s held (100-follower fan-out)",
                    Math.round(held),
                    "posts/s",
                    ">= 1,000",
                    held >= 1000);
            report.note("held = no errors, >= 95% of the target rate done, post p99 <= 1 s, every watched post in"
                    + " its follower's home feed with fan-out p99 <= 2 s, and the step's last post in all home feeds");
        }
        return Results.finish(report, options);
    }

    /** Whether every follower of {@code author} has {@code statusId} in their home timeline (waits up to a minute). */
    private static boolean reachedEveryFollower(Session session, Population p, long statusId, int author) {
        if (statusId == 0) {
            return false;
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int follower : p.graph().followers[author]) {
            if (FeedWatch.awaitSeen(session.api, p.tokens()[follower], statusId, deadline) < 0) {
                return false;
            }
        }
        return true;
    }
}
