package org.junto.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every scenario takes. */
final class Options {
    @Option(
            names = "--database-url",
            description = "PostgreSQL server to use, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres (a fresh database junto_bench is made there);"
                    + " default: embedded SQLite")
    String databaseUrl;

    @Option(
            names = "--jar",
            defaultValue = "server/target/junto.jar",
            description = "server jar (default ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--results", defaultValue = "bench/results", description = "where JSON and charts go")
    Path results;

    @Option(names = "--work", defaultValue = "bench/target/run", description = "data dir for the server under test")
    Path work;

    @Option(names = "--server-jvm", split = " ", description = "JVM options for the server process, e.g. \"-Xmx256m\"")
    List<String> serverJvm = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "42", description = "random seed for the data")
    long seed;

    @Option(names = "--duration", defaultValue = "15", description = "seconds measured per load step")
    int durationSeconds;

    @Option(names = "--warm-up", defaultValue = "3", description = "seconds of load before each step is measured")
    int warmUpSeconds;

    Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }

    Duration warmUp() {
        return Duration.ofSeconds(warmUpSeconds);
    }
}
