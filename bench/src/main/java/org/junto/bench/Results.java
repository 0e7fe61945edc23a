package org.junto.bench;

import java.io.IOException;
import java.nio.file.Path;

/** The end of every scenario: print the table, write JSON and chart, exit 0 once the run completed (a missed goal
 * is a figure to report, not a failure of the tool). */
final class Results {
    private Results() {}

    static int finish(Report report, Options options) throws IOException {
        report.print(System.out);
        Path json = report.write(options.results);
        System.out.println("results: " + json + " (and .html)");
        return 0;
    }
}
