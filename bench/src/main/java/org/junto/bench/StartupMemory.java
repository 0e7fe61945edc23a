package org.junto.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 6: time from launching {@code java -jar junto.jar} to the first served request, on a first start (empty
 * data dir: the server creates and migrates its database) and on a restart; then idle RSS and heap after GC.
 */
@Command(name = "startup-memory", description = "start-up to first request, idle RSS (embedded default)")
final class StartupMemory implements Callable<Integer> {
    @Mixin
    Options options;

    @Option(names = "--idle-seconds", defaultValue = "10", description = "idle time before memory is read")
    int idleSeconds;

    @Option(names = "--starts", defaultValue = "3", description = "restarts measured after the first start")
    int starts;

    @Override
    public Integer call() throws Exception {
        Report report = new Report("startup-memory");
        Path dir = options.work.toAbsolutePath();
        Session.deleteRecursively(dir);
        BenchDatabase database = BenchDatabase.fresh(options.databaseUrl, dir);
        var config = new ServerProcess.Config(
                options.jar, dir, database.isSqlite() ? null : database.jdbcUrl(), options.serverJvm, null);
        report.setting("database", database.isSqlite() ? "sqlite" : "postgresql");
        report.setting("server_jvm_options", String.join(" ", options.serverJvm));
        long first;
        try (ServerProcess server = ServerProcess.start(config)) {
            first = server.startup().toMillis();
        }
        long best = Long.MAX_VALUE;
        long rss = 0;
        long heap = 0;
        for (int i = 0; i < starts; i++) {
            try (ServerProcess server = ServerProcess.start(config)) {
                best = Math.min(best, server.startup().toMillis());
                System.out.printf(
                        "restart %d: first request served after %d ms%n",
                        i, server.startup().toMillis());
                if (i == starts - 1) {
                    Thread.sleep(idleSeconds * 1000L);
                    rss = server.rssBytes();
                    heap = server.heapUsedAfterGcBytes();
                    Thread.sleep(1000);
                    rss = Math.max(rss, server.rssBytes());
                }
            }
        }
        report.figure("first start (creates the database) to first request", first, "ms", "<= 5,000", first <= 5000);
        report.figure("restart to first request (best of " + starts + ")", best, "ms", "<= 5,000", best <= 5000);
        report.figure("idle RSS", rss / 1024.0 / 1024.0, "MB", "<= 250", rss <= 250L * 1024 * 1024);
        report.figure("idle heap used after GC", heap / 1024.0 / 1024.0, "MB");
        return Results.finish(report, options);
    }
}
