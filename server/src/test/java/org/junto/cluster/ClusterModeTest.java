package org.junto.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junto.testing.LiveSocket.statusEvent;

import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junto.jobs.EventHandler;
import org.junto.jobs.JobWorker;
import org.junto.jobs.Outbox;
import org.junto.testing.Client;
import org.junto.testing.ClusterNode;
import org.junto.testing.Fixtures;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.LiveSocket;
import org.junto.testing.LiveSse;
import org.junto.testing.TestDatabase;
import org.junto.testing.TestRedis;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes in cluster mode, as two JVMs behind a load balancer would run: one PostgreSQL database, one Redis (under a
 * prefix of this run's own). What one node is told, the other's streams and rate limits know. Skipped without Redis.
 */
@Tag("redis")
class ClusterModeTest {
    /**
     * Rate-limit windows are fixed and aligned to the epoch (as Mastodon's are), so requests that straddle a window's
     * end are counted in two windows: start the counting well inside one.
     */
    private static void awayFromAWindowBoundary() throws InterruptedException {
        long window = Duration.ofSeconds(PERIOD_SECONDS).toMillis();
        long left = window - Math.floorMod(System.currentTimeMillis(), window);
        if (left < 20_000) {
            Thread.sleep(left + 500);
        }
    }

    private static final int LIMIT = 12;
    private static final int PERIOD_SECONDS = 300;
    private static String prefix;
    private static ClusterNode a;
    private static ClusterNode b;

    private static boolean redis;

    @BeforeAll
    static void startTwoNodes() {
        redis = TestRedis.reachable();
        if (!redis) {
            return;
        }
        String database = TestDatabase.freshPostgres();
        prefix = TestRedis.uniquePrefix();
        Map<String, Object> limits = Map.of(
                "junto.rate-limits.enabled",
                "true",
                "junto.rate-limits.requests",
                Integer.toString(LIMIT),
                "junto.rate-limits.period-seconds",
                Integer.toString(PERIOD_SECONDS),
                // Batches smaller than the test's queue, so that both nodes' claims get a share of it.
                "junto.jobs.batch-size",
                "50");
        a = ClusterNode.start("a", database, prefix, limits, CountingHandler.class);
        b = ClusterNode.start("b", database, prefix, limits, CountingHandler.class);
    }

    @BeforeEach
    void needsRedis() {
        TestRedis.assume(redis);
    }

    @AfterAll
    static void stopNodes() {
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    static long post(Client client, String text, String visibility) {
        var r = client.postForm("/api/v1/statuses", Map.of("status", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.json().get("id").asString());
    }

    static long count(List<JsonNode> messages, long statusId) {
        return messages.stream()
                .filter(m -> m.toString().contains(Long.toString(statusId)))
                .count();
    }

    @Test
    void aPostOnOneNodeReachesStreamsOnTheOtherWithTheSameFiltering() throws Exception {
        Fixtures fixtures = a.fixtures();
        TestUser author = fixtures.user("clauthor");
        TestUser follower = fixtures.user("clfollower");
        TestUser stranger = fixtures.user("clstranger");
        fixtures.follow(follower, author);
        try (LiveSocket followerOnB = LiveSocket.withHeader(b.port(), follower.token(), "?stream=user");
                LiveSocket strangerOnB = LiveSocket.withHeader(b.port(), stranger.token(), "?stream=public");
                LiveSocket followerOnA = LiveSocket.withHeader(a.port(), follower.token(), "?stream=user");
                LiveSse publicSseOnB = LiveSse.open(b.port(), "/api/v1/streaming/public", stranger.token())) {
            strangerOnB.subscribe("user");
            Thread.sleep(300);

            long secret = post(a.client(author.token()), "Followers only, from node A", "private");
            long marker = post(a.client(author.token()), "Public marker, from node A", "public");

            followerOnB.await(statusEvent("update", "user", secret), 10);
            followerOnB.await(statusEvent("update", "user", marker), 10);
            strangerOnB.await(statusEvent("update", "public", marker), 10);
            publicSseOnB.await(e -> e.event().equals("update") && e.data().contains(Long.toString(marker)), 10);
            followerOnA.await(statusEvent("update", "user", marker), 10);
            Thread.sleep(500);
            assertThat(count(strangerOnB.drain(), secret))
                    .as("a private post never reaches a non-follower on the other node")
                    .isZero();
            assertThat(publicSseOnB.drain().stream().filter(e -> e.data().contains(Long.toString(secret))))
                    .isEmpty();
            List<JsonNode> onA = followerOnA.drain();
            assertThat(count(onA, secret))
                    .as("the publishing node hears its own message once, through Redis")
                    .isEqualTo(1);
            assertThat(count(onA, marker)).isEqualTo(1);
            assertThat(count(followerOnB.drain(), marker)).isEqualTo(1);
        }
    }

    @Test
    void rateLimitsAreCountedTogetherAcrossNodes() throws InterruptedException {
        awayFromAWindowBoundary();
        String[] address = {"X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250))};
        Client onA = a.client().header(address[0], address[1]);
        Client onB = b.client().header(address[0], address[1]);
        String reset = null;
        for (int i = 1; i <= LIMIT; i++) {
            var r = (i % 2 == 0 ? onB : onA).get("/api/v1/instance");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("X-RateLimit-Remaining")).as("request " + i).isEqualTo(Integer.toString(LIMIT - i));
            reset = reset == null ? r.header("X-RateLimit-Reset") : reset;
            assertThat(r.header("X-RateLimit-Reset"))
                    .as("one window, one reset time")
                    .isEqualTo(reset);
        }
        assertThat(onA.get("/api/v1/instance").status()).isEqualTo(429);
        assertThat(onB.get("/api/v1/instance").status()).isEqualTo(429);

        TestUser user = a.fixtures().user("cllimited");
        for (int i = 1; i <= LIMIT; i++) {
            ClusterNode node = i % 3 == 0 ? a : b;
            assertThat(node.client(user.token())
                            .get("/api/v1/accounts/verify_credentials")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(a.client(user.token())
                        .get("/api/v1/accounts/verify_credentials")
                        .status())
                .as("the token's window is shared too")
                .isEqualTo(429);
    }

    @Test
    void streamsComeBackAfterTheRedisConnectionDrops() throws Exception {
        Fixtures fixtures = a.fixtures();
        TestUser author = fixtures.user("clreconnect");
        TestUser reader = fixtures.user("clreader");
        try (LiveSocket readerOnB = LiveSocket.withHeader(b.port(), reader.token(), "?stream=public")) {
            Thread.sleep(300);
            RedisClient admin = TestRedis.client();
            try (StatefulRedisConnection<String, String> redis = admin.connect()) {
                List<String> subscribers = subscriberIds(redis.sync().clientList());
                assertThat(subscribers).as("one subscription per node").hasSize(2);
                subscribers.forEach(id -> redis.sync().clientKill(KillArgs.Builder.id(Long.parseLong(id))));
                awaitSubscribers(redis, 2);
            } finally {
                admin.shutdown();
            }
            long after = post(a.client(author.token()), "After the reconnect", "public");
            readerOnB.await(statusEvent("update", "public", after), 10);
        }
    }

    @Test
    void eachJobRunsOnceWhileBothNodesWorkTheQueue() throws Exception {
        int perNode = 300;
        for (ClusterNode node : List.of(a, b)) {
            Outbox outbox = node.bean(Outbox.class);
            long base = node == a ? 0 : perNode;
            node.bean(TransactionTemplate.class).executeWithoutResult(tx -> {
                for (long n = base; n < base + perNode; n++) {
                    outbox.publish(new Probe(n));
                }
            });
        }
        // Besides each node's own worker loop, two more claimers per node race for the same rows.
        List<Thread> racers = new ArrayList<>();
        for (ClusterNode node : List.of(a, b, a, b)) {
            JobWorker worker = node.bean(JobWorker.class);
            racers.add(Thread.ofVirtual().start(() -> {
                long deadline = System.currentTimeMillis() + 60_000;
                while (CountingHandler.RUNS.size() < 2 * perNode && System.currentTimeMillis() < deadline) {
                    if (worker.runDueJobs() == 0) {
                        pause(5);
                    }
                }
            }));
        }
        for (Thread racer : racers) {
            racer.join(Duration.ofSeconds(60));
        }

        assertThat(CountingHandler.RUNS).hasSize(2 * perNode);
        assertThat(CountingHandler.RUNS.values())
                .as("no job ran twice")
                .allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        Set<String> workers = new HashSet<>();
        CountingHandler.RUNS.values().forEach(workers::addAll);
        assertThat(workers).as("both nodes took jobs").containsExactlyInAnyOrder("a", "b");
        Thread.sleep(200);
        assertThat(CountingHandler.RUNS.values())
                .allSatisfy(nodes -> assertThat(nodes).hasSize(1));
    }

    public record Probe(long n) {}

    /** Notes which node ran each probe job; a little slow, as real handlers are, so the claims overlap. */
    static class CountingHandler implements EventHandler<Probe> {
        static final Map<Long, List<String>> RUNS = new ConcurrentHashMap<>();
        private final String node;

        CountingHandler(Environment environment) {
            this.node = environment.getProperty("junto.test.node-name");
        }

        @Override
        public Class<Probe> eventType() {
            return Probe.class;
        }

        @Override
        public void handle(Probe probe) {
            pause(2);
            RUNS.computeIfAbsent(probe.n(), n -> new CopyOnWriteArrayList<>()).add(node);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This run's pub/sub connections, by the client name both nodes give Redis. */
    private static List<String> subscriberIds(String clientList) {
        return Arrays.stream(clientList.split("\n"))
                .filter(line -> line.contains(" name=" + prefix + "node ") && line.contains(" sub=1 "))
                .map(line -> line.replaceFirst("^id=(\\d+) .*$", "$1").strip())
                .toList();
    }

    private static void awaitSubscribers(StatefulRedisConnection<String, String> redis, int expected)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (subscriberIds(redis.sync().clientList()).size() < expected) {
            assertThat(System.currentTimeMillis()).as("nodes re-subscribed").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
