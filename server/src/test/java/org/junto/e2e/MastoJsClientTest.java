package org.junto.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;

/**
 * Drives the running server with masto.js, an unmodified Mastodon client library from npm (e2e/masto/flow.mjs).
 * Needs Node.js and {@code npm ci} in e2e/masto, which .ci/run provides; skipped where Node.js is absent.
 */
class MastoJsClientTest extends ApiTest {

    @Test
    void mastodonClientLibraryRunsTheWholeFlow() throws Exception {
        Path dir = locate();
        assumeTrue(
                dir != null && Files.isDirectory(dir.resolve("node_modules/masto")),
                "e2e/masto/node_modules missing: run npm ci in e2e/masto (done by .ci/run)");
        assumeTrue(nodeAvailable(), "node is not installed");
        Path log = Files.createTempFile("masto-e2e", ".log");
        Process p = new ProcessBuilder("node", "flow.mjs", "http://127.0.0.1:" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as(output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("masto e2e: all steps passed");
    }

    private static Path locate() {
        for (Path candidate : new Path[] {Path.of("e2e/masto"), Path.of("../e2e/masto")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectOutput(new File("/dev/null"))
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
