package org.junto.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bench end to end at toy sizes: seeds a database, starts the real server jar as its own process, posts over
 * HTTP and follows the posts into home feeds, writes JSON and the chart. The real runs are bench/run's.
 */
class BenchSmokeTest {

    @Test
    void postFanoutRunsAgainstTheRealServerAndWritesResults() throws Exception {
        Path results = Path.of("target/smoke-results");
        Session.deleteRecursively(results);
        int exit = Bench.run(
                "post-fanout",
                "--jar",
                "../server/target/junto.jar",
                "--work",
                "target/smoke-run",
                "--results",
                results.toString(),
                "--accounts",
                "60",
                "--statuses",
                "300",
                "--authors",
                "2",
                "--followers",
                "10",
                "--rates",
                "5",
                "--duration",
                "1",
                "--warm-up",
                "0",
                "--watches-per-second",
                "5");
        assertThat(exit).isZero();
        Path json;
        try (Stream<Path> files = Files.list(results)) {
            json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        assertThat(Path.of(json.toString().replace(".json", ".html"))).content().contains("<svg");
        JsonNode report = Api.parse(Files.readString(json));
        assertThat(report.get("settings").get("accounts").asInt()).isEqualTo(60);
        JsonNode step = report.get("steps").get(0);
        assertThat(step.get("sent").asLong()).isEqualTo(5);
        assertThat(step.get("errors").asLong()).isZero();
        assertThat(figure(report, "fan-out never seen at 5/s")).isZero();
        assertThat(figure(report, "last post in all 10 home feeds at 5/s")).isEqualTo(1);
    }

    private static double figure(JsonNode report, String name) {
        for (JsonNode f : report.get("figures")) {
            if (f.get("name").asString().equals(name)) {
                return f.get("value").asDouble();
            }
        }
        throw new AssertionError("no figure " + name);
    }
}
