package org.junto.bench;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 4: {@code --clients} user streams over the Mastodon streaming WebSocket, every client following the
 * posting authors. First the server's memory (RSS, and heap after a full GC) with no streams and then with all of them
 * open and idle, giving the cost per idle connection; then one post a second, each delivered to every client, timed
 * from the post's send to each client's {@code update} event.
 */
@Command(name = "streaming", description = "post-to-stream latency with 10,000 user streams; memory per idle stream")
final class Streaming implements Callable<Integer> {
    private static final Pattern PROBE = Pattern.compile("stream probe (\\d+)");

    @Mixin
    Options options;

    @Option(names = "--clients", defaultValue = "10000")
    int clients;

    @Option(names = "--authors", defaultValue = "5")
    int authors;

    @Option(names = "--posts", defaultValue = "30", description = "posts, one a second")
    int posts;

    @Option(names = "--idle-seconds", defaultValue = "10")
    int idleSeconds;

    @Override
    public Integer call() throws Exception {
        Report report = new Report("streaming");
        var shape = new SocialGraph.Shape(clients + authors, 0, 0, 0, authors, clients + authors - 1);
        try (Session session = Session.start(options, shape, 1000, System.out)) {
            session.describe(report);
            HttpResponse<String> health =
                    session.api.get(null, "/api/v1/streaming/health").get();
            if (health.statusCode() != 200) {
                report.note("GET /api/v1/streaming/health answered " + health.statusCode()
                        + ": this server has no streaming endpoint yet, so nothing was measured");
                return Results.finish(report, options);
            }
            Population p = session.population;
            long rss0 = session.server.rssBytes();
            long heap0 = session.server.heapUsedAfterGcBytes();
            Map<Long, Long> sentAt = new ConcurrentHashMap<>();
            Recorder latency = new Recorder(3);
            AtomicLong delivered = new AtomicLong();
            try (StreamClients streams = new StreamClients(session.api.http())) {
                int open = streams.open(session.api.base(), Arrays.copyOf(p.tokens(), clients), 200, message -> {
                    if (!message.contains("\"update\"")) {
                        return;
                    }
                    Matcher m = PROBE.matcher(message);
                    if (m.find()) {
                        Long sent = sentAt.get(Long.parseLong(m.group(1)));
                        if (sent != null) {
                            latency.recordValue(Math.max(0, System.nanoTime() - sent));
                            delivered.incrementAndGet();
                        }
                    }
                });
                Thread.sleep(idleSeconds * 1000L);
                long rss1 = session.server.rssBytes();
                long heap1 = session.server.heapUsedAfterGcBytes();
                report.figure("streams open", open, "connections");
                report.figure("streams refused or failed", streams.failures(), "connections");
                double perRss = open == 0 ? 0 : (rss1 - rss0) / 1024.0 / open;
                double perHeap = open == 0 ? 0 : (heap1 - heap0) / 1024.0 / open;
                report.figure("RSS per idle stream", perRss, "KB", "<= 16", perRss <= 16);
                report.figure("heap per idle stream (after GC)", perHeap, "KB", "<= 16", perHeap <= 16);
                long cpu0 = session.server.cpuNanos();
                for (long k = 0; k < posts; k++) {
                    int author = clients + (int) (k % authors);
                    sentAt.put(k, System.nanoTime());
                    session.api
                            .postStatus(p.tokens()[author], "stream probe " + k)
                            .get();
                    Thread.sleep(1000);
                }
                Thread.sleep(5000);
                long cpu1 = session.server.cpuNanos();
                report.figure(
                        "server CPU per post (posting, fan-out, delivery to every stream)",
                        posts == 0 ? 0 : (cpu1 - cpu0) / 1e6 / posts,
                        "ms");
            }
            var h = latency.getIntervalHistogram();
            long expected = (long) posts * clients;
            report.figure("deliveries", delivered.get(), "events");
            report.figure("deliveries missing", expected - delivered.get(), "events");
            report.figure("post-to-stream p50", h.getValueAtPercentile(50) / 1e6, "ms");
            report.figure(
                    "post-to-stream p99",
                    h.getValueAtPercentile(99) / 1e6,
                    "ms",
                    "<= 100",
                    h.getTotalCount() > 0 && h.getValueAtPercentile(99) / 1e6 <= 100);
            report.figure("post-to-stream max", h.getMaxValue() / 1e6, "ms");
        }
        return Results.finish(report, options);
    }
}
