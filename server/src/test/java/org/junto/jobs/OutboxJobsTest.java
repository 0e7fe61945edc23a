package org.junto.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junto.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One job row per event, naming every handler of it (decision 0020); a failing handler splits the job so that the
 * others are done and only it is retried. Runs on its own database with the background worker off, so the test
 * decides when jobs run.
 */
@Tag("storage")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(OutboxJobsTest.Handlers.class)
class OutboxJobsTest {
    static final AtomicInteger RECORDED = new AtomicInteger();
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    @Autowired
    Outbox outbox;

    @Autowired
    JobWorker worker;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate tx;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = TestDatabase.fresh();
        String dir = Files.createTempDirectory("junto-jobs-").toString();
        registry.add("junto.database-url", () -> url);
        registry.add("junto.data-dir", () -> dir);
        registry.add("junto.jobs.worker-enabled", () -> "false");
    }

    public record Probe(long n) {}

    /** Counts its runs. */
    static class Recording implements EventHandler<Probe> {
        @Override
        public Class<Probe> eventType() {
            return Probe.class;
        }

        @Override
        public void handle(Probe probe) {
            RECORDED.incrementAndGet();
        }
    }

    /** Fails while {@link #FAILURES_LEFT} is above zero. */
    static class Flaky implements EventHandler<Probe> {
        @Override
        public Class<Probe> eventType() {
            return Probe.class;
        }

        @Override
        public void handle(Probe probe) {
            if (FAILURES_LEFT.getAndDecrement() > 0) {
                throw new IllegalStateException("flaky handler fails on purpose");
            }
        }
    }

    @TestConfiguration
    static class Handlers {
        @Bean
        Recording recording() {
            return new Recording();
        }

        @Bean
        Flaky flaky() {
            return new Flaky();
        }
    }

    private record Row(String handler, int attempts) {}

    private List<Row> rows() {
        return db.sql("SELECT handler, attempts FROM jobs WHERE payload LIKE '%\"n\":7%' ORDER BY handler")
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2)))
                .list();
    }

    @Test
    void anEventIsOneJobAndAFailingHandlerIsRetriedAloneWhileTheOthersAreDone() {
        RECORDED.set(0);
        FAILURES_LEFT.set(3);
        tx.executeWithoutResult(s -> outbox.publish(new Probe(7)));
        assertThat(rows()).as("one row naming both handlers").hasSize(1);
        assertThat(rows().getFirst().handler())
                .contains(JobWorker.nameOf(new Recording()), JobWorker.nameOf(new Flaky()));

        worker.runDueJobs();
        while (worker.runDueJobs() > 0) {
            // the split jobs are due at once; the failing one then waits for its back-off
        }
        assertThat(RECORDED.get()).as("the working handler ran").isPositive();
        assertThat(rows())
                .as("only the failing handler is left, with its attempt counted")
                .containsExactly(new Row(JobWorker.nameOf(new Flaky()), 1));

        int recordedBefore = RECORDED.get();
        FAILURES_LEFT.set(0);
        db.sql("UPDATE jobs SET run_at = 0").update();
        worker.runDueJobs();
        assertThat(rows()).as("the retry succeeded").isEmpty();
        assertThat(RECORDED.get()).as("the working handler did not run again").isEqualTo(recordedBefore);
    }
}
