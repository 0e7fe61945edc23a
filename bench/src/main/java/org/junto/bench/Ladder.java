package org.junto.bench;

import java.util.List;
import java.util.function.Predicate;

/** Runs load steps at rising rates until one fails its criterion; reports each step and the best rate held. */
final class Ladder {
    private Ladder() {}

    static double climb(
            String name,
            List<Double> rates,
            Options options,
            Report report,
            OpenLoad.Request request,
            Predicate<OpenLoad.Step> holds)
            throws InterruptedException {
        double best = 0;
        for (double rate : rates) {
            OpenLoad.Step step = OpenLoad.run(rate, options.duration(), options.warmUp(), request);
            report.step(name + " " + Report.format(rate) + "/s", step);
            boolean held = holds.test(step);
            System.out.printf(
                    "%s %.0f/s: done %.1f/s, p50 %.2f ms, p99 %.2f ms, errors %d -> %s%n",
                    name, rate, step.achievedRate(), step.p(50), step.p(99), step.errors(), held ? "held" : "not held");
            if (!held) {
                break;
            }
            best = Math.max(best, step.achievedRate());
        }
        return best;
    }
}
