package org.junto.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench/run SCENARIO [options]}: seeds, starts the server as its own process, drives it, reports. */
@Command(
        name = "bench/run",
        mixinStandardHelpOptions = true,
        description = "Junto benchmarks (DESIGN §9). Results: a table here, JSON and an HTML chart in bench/results/.",
        subcommands = {
            PostFanout.class,
            BigAccount.class,
            HomeTimeline.class,
            Streaming.class,
            Mixed.class,
            StartupMemory.class
        })
public final class Bench {
    private Bench() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Bench()).execute(args);
    }
}
