package org.junto.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 3: warm reads of 20-status home timelines for random users, climbing rates until p99 exceeds 50 ms; then
 * the same climb for a static JSON file of the same size served by the same server (its ceiling for a response
 * that costs no database work), and the ratio of the two.
 */
@Command(name = "home-timeline", description = "home timeline reads/s at p99 <= 50 ms vs the static-JSON ceiling")
final class HomeTimeline implements Callable<Integer> {
    @Mixin
    Options options;

    @Option(names = "--accounts", defaultValue = "10000")
    int accounts;

    @Option(names = "--statuses", defaultValue = "1000000", description = "history seeded before the run")
    long statuses;

    @Option(
            names = "--rates",
            split = ",",
            defaultValue = "500,1000,2000,3000,4000,5000,6000,8000,10000,12000",
            description = "reads/s per step; the climb stops at the first step that misses")
    List<Double> rates;

    @Option(names = "--p99-ms", defaultValue = "50")
    double p99Limit;

    @Override
    public Integer call() throws Exception {
        Report report = new Report("home-timeline");
        var shape = new SocialGraph.Shape(accounts, 20, 3, accounts, 0, 0);
        try (Session session = Session.start(options, shape, statuses, System.out)) {
            session.describe(report);
            Population p = session.population;
            var holds = (java.util.function.Predicate<OpenLoad.Step>)
                    s -> s.errors() == 0 && s.p(99) <= p99Limit && s.achievedRate() >= 0.95 * s.targetRate();
            String sample = session.api
                    .get(p.tokens()[p.size() / 2], "/api/v1/timelines/home?limit=20")
                    .get()
                    .body();
            Files.writeString(session.staticDir.resolve("bench-home.json"), sample);
            report.setting("response_bytes", sample.length());
            // Measured first, these 12,000 requests are also what makes the reads below warm (JIT-compiled).
            double homeCpu = serverCpuPerRequest(
                    session,
                    k -> session.api.get(p.tokens()[(int) (k * 7919 % p.size())], "/api/v1/timelines/home?limit=20"));
            double staticCpu = serverCpuPerRequest(session, k -> session.api.get(null, "/bench-home.json"));
            double home = Ladder.climb(
                    "home",
                    rates,
                    options,
                    report,
                    k -> session.api
                            .get(
                                    p.tokens()[ThreadLocalRandom.current().nextInt(p.size())],
                                    "/api/v1/timelines/home?limit=20")
                            .thenApply(r -> r.statusCode() == 200 && r.body().startsWith("[{")),
                    holds);
            double ceiling = Ladder.climb(
                    "static",
                    rates,
                    options,
                    report,
                    k -> session.api
                            .get(null, "/bench-home.json")
                            .thenApply(r -> r.statusCode() == 200 && r.body().length() == sample.length()),
                    holds);
            System.out.printf("server CPU per read: home %.2f ms, static %.2f ms%n", homeCpu, staticCpu);
            report.figure("server CPU per home timeline read", homeCpu, "ms");
            report.figure("server CPU per static JSON read", staticCpu, "ms");
            report.figure(
                    "home timeline reads/s at p99 <= " + Report.format(p99Limit) + " ms",
                    Math.round(home),
                    "reads/s",
                    ">= 5,000",
                    home >= 5000);
            report.figure("static JSON of the same size, reads/s", Math.round(ceiling), "reads/s");
            double ratio = ceiling == 0 ? 0 : 100 * home / ceiling;
            report.figure("home timeline / static ceiling", ratio, "%", ">= 25%", ratio >= 25);
            if (ceiling >= rates.getLast()) {
                report.note("the static ceiling reached the highest rate tried; the ratio is an upper bound");
            }
            report.note(
                    "load generator and server share the machine's cores; the ceiling includes the generator's cost");
        }
        return Results.finish(report, options);
    }

    /**
     * The server's own CPU time (from /proc) per answered request over {@value #CPU_SAMPLE_REQUESTS} requests sent two
     * at a time, after as many unmeasured ones: what one read costs the server, a figure other work on the machine
     * hardly disturbs (unlike latency).
     */
    private static double serverCpuPerRequest(
            Session session, java.util.function.LongFunction<java.util.concurrent.CompletableFuture<?>> request)
            throws Exception {
        pairs(request, 0, CPU_SAMPLE_REQUESTS); // warm: the JIT's compile threads count as the server's CPU
        long before = session.server.cpuNanos();
        pairs(request, CPU_SAMPLE_REQUESTS, 2 * CPU_SAMPLE_REQUESTS);
        return (session.server.cpuNanos() - before) / 1e6 / CPU_SAMPLE_REQUESTS;
    }

    private static void pairs(
            java.util.function.LongFunction<java.util.concurrent.CompletableFuture<?>> request, long from, long to)
            throws Exception {
        for (long k = from; k < to; k += 2) {
            var a = request.apply(k);
            var b = request.apply(k + 1);
            a.get();
            b.get();
        }
    }

    private static final int CPU_SAMPLE_REQUESTS = 3000;
}
