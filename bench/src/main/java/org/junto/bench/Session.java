package org.junto.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** One run's world: a fresh database seeded with a population, the server started on it, an API client. */
final class Session implements AutoCloseable {
    final BenchDatabase database;
    final Population population;
    final ServerProcess server;
    final Api api;
    final Path staticDir;
    final double seedSeconds;

    private Session(BenchDatabase database, Population population, ServerProcess server, Path staticDir, double seed) {
        this.database = database;
        this.population = population;
        this.server = server;
        this.api = new Api(server.base());
        this.staticDir = staticDir;
        this.seedSeconds = seed;
    }

    static Session start(Options options, SocialGraph.Shape shape, long statuses, PrintStream log)
            throws IOException, SQLException, InterruptedException {
        Path dir = options.work.toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        BenchDatabase database = BenchDatabase.fresh(options.databaseUrl, dir);
        database.migrate();
        long t0 = System.nanoTime();
        Population population;
        try (Connection c = database.bulkLoader()) {
            population = new Seeder(
                            c,
                            options.seed,
                            (step, done, total) -> log.printf("  seeding %s %,d/%,d%n", step, done, total))
                    .seed(shape, statuses);
        }
        database.settle();
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf(
                "seeded %,d accounts, %,d follows, %,d statuses, %,d home-feed rows in %.1f s%n",
                population.size(), population.graph().edges(), statuses, population.homeFeedRows(), seedSeconds);
        Path staticDir = Files.createDirectories(dir.resolve("static"));
        ServerProcess server = ServerProcess.start(new ServerProcess.Config(
                options.jar, dir, database.isSqlite() ? null : database.jdbcUrl(), options.serverJvm, staticDir));
        log.printf(
                "server pid %d up at %s in %d ms%n",
                server.pid(), server.base(), server.startup().toMillis());
        return new Session(database, population, server, staticDir, seedSeconds);
    }

    void describe(Report report) {
        report.setting("database", database.isSqlite() ? "sqlite (synchronous=FULL)" : "postgresql");
        report.setting("accounts", population.size());
        report.setting("follows", population.graph().edges());
        report.setting("statuses", population.statuses());
        report.setting("home_feed_rows", population.homeFeedRows());
        report.setting("seed_seconds", Math.round(seedSeconds * 10) / 10.0);
    }

    @Override
    public void close() throws InterruptedException {
        api.close();
        server.close();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
