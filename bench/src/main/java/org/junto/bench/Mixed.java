package org.junto.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 5: a day in the life. Each concurrent user holds a user stream (when the server has the streaming
 * endpoint) and makes one request every {@code --think-seconds} on average: home timeline, notifications, the local
 * timeline, a favourite or a post. Users are added step by step until a health limit trips: mean latency over 100 ms,
 * p99 over 2 s or more than 0.025% errors. The figure is the most users held.
 */
@Command(name = "mixed", description = "day-in-the-life mix ramped until the health limits trip")
final class Mixed implements Callable<Integer> {
    @Mixin
    Options options;

    @Option(names = "--accounts", defaultValue = "10000")
    int accounts;

    @Option(names = "--statuses", defaultValue = "200000")
    long statuses;

    @Option(names = "--users", split = ",", defaultValue = "250,500,1000,2000,3000,4000,6000,8000,10000")
    List<Integer> users;

    @Option(names = "--think-seconds", defaultValue = "10", description = "mean time between one user's requests")
    double thinkSeconds;

    @Override
    public Integer call() throws Exception {
        Report report = new Report("mixed");
        var shape = new SocialGraph.Shape(accounts, 20, 3, accounts, 0, 0);
        try (Session session = Session.start(options, shape, statuses, System.out)) {
            session.describe(report);
            report.setting("think_seconds", thinkSeconds);
            Population p = session.population;
            long[] favouritable = publicIds(session);
            boolean streaming =
                    session.api.get(null, "/api/v1/streaming/health").get().statusCode() == 200;
            int held = 0;
            try (StreamClients streams = new StreamClients(session.api.http())) {
                int open = 0;
                for (int u : users) {
                    if (streaming && u > open) {
                        open += streams.open(session.api.base(), tokens(p, open, u), 200, message -> {});
                    }
                    int active = u;
                    OpenLoad.Step step = OpenLoad.run(
                            u / thinkSeconds,
                            options.duration(),
                            options.warmUp(),
                            k -> request(session, p, favouritable, active));
                    report.step(u + " users", step);
                    boolean ok = step.meanMs() <= 100 && step.p(99) <= 2000 && step.errorRatio() <= 0.00025;
                    System.out.printf(
                            "%d users (%.0f req/s): mean %.1f ms, p99 %.1f ms, errors %d -> %s%n",
                            u, u / thinkSeconds, step.meanMs(), step.p(99), step.errors(), ok ? "held" : "tripped");
                    if (!ok) {
                        break;
                    }
                    held = u;
                }
            }
            report.figure("concurrent users held", held, "users", ">= 2,000", held >= 2000);
            if (!streaming) {
                report.note("no streaming endpoint on this server: users held no streams");
            }
            report.note("mix: 55% home timeline, 15% local timeline, 10% notifications, 10% favourite, 10% post");
        }
        return Results.finish(report, options);
    }

    private static CompletableFuture<Boolean> request(Session s, Population p, long[] favouritable, int users) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String token = p.tokens()[r.nextInt(Math.min(users, p.size()))];
        int pick = r.nextInt(100);
        var call = pick < 55
                ? s.api.get(token, "/api/v1/timelines/home?limit=20")
                : pick < 70
                        ? s.api.get(token, "/api/v1/timelines/public?local=true&limit=20")
                        : pick < 80
                                ? s.api.get(token, "/api/v1/notifications?limit=15")
                                : pick < 90
                                        ? s.api.post(
                                                token,
                                                "/api/v1/statuses/" + favouritable[r.nextInt(favouritable.length)]
                                                        + "/favourite",
                                                "")
                                        : s.api.post(
                                                token, "/api/v1/statuses", "status=a+day+in+the+life+" + r.nextInt());
        return call.thenApply(response -> response.statusCode() == 200);
    }

    private static String[] tokens(Population p, int from, int to) {
        String[] slice = new String[to - from];
        for (int i = from; i < to; i++) {
            slice[i - from] = p.tokens()[i % p.size()];
        }
        return slice;
    }

    private static long[] publicIds(Session s) throws Exception {
        JsonNode page = Api.parse(s.api.get(s.population.tokens()[0], "/api/v1/timelines/public?limit=40")
                .get()
                .body());
        long[] ids = new long[page.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = page.get(i).get("id").asLong();
        }
        return ids.length == 0 ? new long[] {1} : Arrays.copyOf(ids, ids.length);
    }
}
