package org.junto.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test, run as its own process by the {@code junto} launcher users run (its JVM settings and start-up
 * cache, decision 0024) on {@code server/target/junto.jar} or the jar given, so that the bench JVM's load generation
 * never shares a heap, GC or JIT with it. {@code --server-jvm} options reach the launcher as {@code JAVA_OPTS}.
 * Rate limits are off; a directory of static files is added to the server's static locations so that the static-JSON
 * ceiling is measured on the same server.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final URI base;
    private final Duration startup;

    private ServerProcess(Process process, URI base, Duration startup) {
        this.process = process;
        this.base = base;
        this.startup = startup;
    }

    record Config(Path jar, Path dataDir, String databaseUrl, List<String> jvmOptions, Path staticDir) {}

    static ServerProcess start(Config config) throws IOException, InterruptedException {
        if (!Files.isRegularFile(config.jar())) {
            throw new IllegalStateException(config.jar() + " is missing: build it with ./mvnw -q -DskipTests package");
        }
        prepare(config);
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString());
        Map<String, String> env = launcherEnvironment(builder, config);
        env.put("JUNTO_PORT", Integer.toString(port));
        env.put("JUNTO_DATA_DIR", config.dataDir().toAbsolutePath().toString());
        env.put("JUNTO_RATE_LIMITS", "false");
        env.put("JUNTO_REGISTRATIONS", "open");
        if (config.databaseUrl() != null) {
            env.put("JUNTO_DATABASE_URL", config.databaseUrl());
        }
        if (config.staticDir() != null) {
            env.put(
                    "SPRING_WEB_RESOURCES_STATIC_LOCATIONS",
                    "classpath:/static/,file:" + config.staticDir().toAbsolutePath() + "/");
        }
        Files.createDirectories(config.dataDir());
        builder.redirectErrorStream(true);
        builder.redirectOutput(config.dataDir().resolve("server.log").toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port);
        awaitFirstResponse(process, base, config.dataDir().resolve("server.log"));
        return new ServerProcess(process, base, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The launcher unpacks a new jar and records its start-up cache on the first run (about 20 s): done here, before
     * anything is timed, as an installation would do it once.
     */
    private static void prepare(Config config) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString(), "--prepare-only");
        launcherEnvironment(builder, config);
        builder.redirectErrorStream(true);
        Files.createDirectories(config.dataDir());
        builder.redirectOutput(config.dataDir().resolve("prepare.log").toFile());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the launcher failed to prepare " + config.jar() + " (exit " + exit
                    + "): see " + config.dataDir().resolve("prepare.log"));
        }
    }

    private static Map<String, String> launcherEnvironment(ProcessBuilder builder, Config config) {
        Map<String, String> env = builder.environment();
        env.put("JUNTO_JAR", config.jar().toAbsolutePath().toString());
        env.put(
                "JAVA_HOME",
                Path.of(ProcessHandle.current().info().command().orElseThrow())
                        .getParent()
                        .getParent()
                        .toString());
        env.put("JAVA_OPTS", String.join(" ", config.jvmOptions()));
        return env;
    }

    private static final Path LAUNCHER = launcher();

    /**
     * The repository's {@code junto} launcher, looked for from the working directory up: {@code bench/run} works from
     * the repository root, the bench's own tests from {@code bench/}.
     */
    private static Path launcher() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("junto");
            if (Files.isExecutable(candidate) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "the junto launcher was not found from " + Path.of("").toAbsolutePath());
    }

    URI base() {
        return base;
    }

    /** From launching the process to the first request it answered. */
    Duration startup() {
        return startup;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the server process, from /proc (Linux). */
    long rssBytes() throws IOException {
        String status = Files.readString(Path.of("/proc/" + process.pid() + "/status"));
        Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    /**
     * CPU time the server process has used so far (user + system, from /proc): what a piece of work cost the server,
     * a figure that other load on the machine disturbs far less than latency.
     */
    long cpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / 100; // USER_HZ is 100 on Linux
    }

    /**
     * Heap in use after a full GC, asked of the server JVM through jcmd: G1 prints one heap line, the serial collector
     * one per generation ({@code DefNew}, {@code Tenured}); metaspace lines read "used …, committed …" and are left
     * out.
     */
    long heapUsedAfterGcBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = Pattern.compile("(?:total|committed) \\d+K, used (\\d+)K").matcher(info);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            used += Long.parseLong(m.group(1)) * 1024;
            found = true;
        }
        return found ? used : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void awaitFirstResponse(Process process, URI base, Path log)
            throws IOException, InterruptedException {
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build()) {
            HttpRequest probe = HttpRequest.newBuilder(base.resolve("/api/v1/instance"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited; see " + log);
                }
                try {
                    if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within 3 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
