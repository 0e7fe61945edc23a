package org.junto.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junto.core.Ids;
import org.junto.jobs.JobClaims.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works off the outbox. One loop per node claims due jobs with a lease ({@link JobClaims}: a crashed node's jobs are
 * picked up again when the lease runs out, and two nodes never run the same job at once), runs a batch in
 * transactions of at most {@value #TRANSACTION_BUDGET_MILLIS} ms, deletes each job on success and retries it with
 * back-off on failure. A job names every handler of its event; when one of them fails, the job is split into one job
 * per handler, so that only the failing one is retried. Woken right after commits; polls once a second otherwise.
 */
@Component
public class JobWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
    private static final int MAX_ATTEMPTS = 12;
    private static final Duration LEASE = Duration.ofMinutes(5);
    /** How long one transaction of a batch runs before it commits and the next begins ({@link #runTogether}). */
    private static final long TRANSACTION_BUDGET_MILLIS = 50;
    /** Separates the handler names of a job that several handlers share (one job per event, see {@link Outbox}). */
    static final String HANDLER_SEPARATOR = ",";

    private final JdbcClient db;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final JobClaims claims;
    private final ObjectProvider<List<EventHandler<?>>> handlerBeans;
    private final boolean enabled;
    /** Jobs claimed at once, then run in as few transactions as the time budget allows ({@link #runTogether}). */
    private final int batch;

    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final AtomicLong claimCount = new AtomicLong();
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;
    private Map<String, EventHandler<?>> handlers;

    JobWorker(
            JdbcClient db,
            JsonMapper json,
            TransactionTemplate tx,
            JobClaims claims,
            ObjectProvider<List<EventHandler<?>>> handlerBeans,
            @Value("${junto.jobs.worker-enabled:true}") boolean enabled,
            @Value("${junto.jobs.batch-size:500}") int batch) {
        this.batch = Math.max(1, batch);
        this.db = db;
        this.json = json;
        this.tx = tx;
        this.claims = claims;
        this.handlerBeans = handlerBeans;
        this.enabled = enabled;
    }

    static String nameOf(EventHandler<?> handler) {
        return handler.getClass().getName().replaceAll("\\$\\$.*$", "");
    }

    void wake() {
        signal.release();
    }

    @Override
    public void start() {
        handlers = handlerBeans.getIfAvailable(List::of).stream()
                .collect(Collectors.toMap(JobWorker::nameOf, Function.identity()));
        if (!enabled) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("junto-jobs").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            signal.release();
            try {
                t.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                int done = runDueJobs();
                if (done < batch) {
                    signal.tryAcquire(1, TimeUnit.SECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Job loop failed; retrying in a second", e);
                sleepQuietly();
            }
        }
    }

    /** Claims and runs one batch of due jobs; returns how many were claimed. Public for tests and tools. */
    public int runDueJobs() {
        long now = Instant.now().toEpochMilli();
        // Each claim has its own owner name, so two claims on one node (the loop and a test's drain) never mix.
        String owner = nodeId + "#" + claimCount.incrementAndGet();
        List<Job> jobs = claims.claim(owner, now, now + LEASE.toMillis(), batch);
        if (jobs.size() == 1) {
            run(jobs.getFirst(), owner);
        }
        for (int next = 0; jobs.size() > 1 && next < jobs.size(); ) {
            next += runTogether(jobs.subList(next, jobs.size()), owner);
        }
        return jobs.size();
    }

    /**
     * Runs claimed jobs one after another in one transaction: one commit (one fsync on SQLite) for many jobs instead of
     * one each, which is what lets fan-out keep up with posting. The transaction ends once it has run for
     * {@value #TRANSACTION_BUDGET_MILLIS} ms, and the rest go in the next one: on SQLite a transaction holds the only
     * write lock, and a claim of 500 fan-outs held it for over a second while every post waited (measured: post p50
     * 2.1 s at 100 posts/s). Returns how many jobs it took. If any of them fails, none of its transaction is kept and
     * each runs again on its own ({@link #run}), so that only a failing one is retried; handlers are idempotent.
     */
    private int runTogether(List<Job> jobs, String owner) {
        int[] taken = {0};
        try {
            tx.executeWithoutResult(status -> {
                long started = System.nanoTime();
                for (Job job : jobs) {
                    taken[0]++;
                    if (deleteIfHeld(job, owner)) {
                        invokeAll(job);
                    }
                    if (System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(TRANSACTION_BUDGET_MILLIS)) {
                        return;
                    }
                }
            });
        } catch (RuntimeException e) {
            log.debug("{} jobs did not complete together; running them one by one", taken[0], e);
            for (Job job : jobs.subList(0, taken[0])) {
                run(job, owner);
            }
        }
        return taken[0];
    }

    /**
     * Deletes a claimed job first, and only while this claim still holds it: if its lease ran out and another node
     * has taken it over, this node leaves it alone; on PostgreSQL the deleted row stays locked until the handler's work
     * commits, so no other claim can take it meanwhile.
     */
    private boolean deleteIfHeld(Job job, String owner) {
        int held = db.sql("DELETE FROM jobs WHERE id = ? AND locked_by = ?")
                .params(job.id(), owner)
                .update();
        if (held == 0) {
            log.info("Job {} was taken over by another node; leaving it to that node", job.id());
        }
        return held == 1;
    }

    /**
     * Runs a job and deletes it in one transaction. The delete comes first and only while this claim still holds the
     * job: if its lease ran out and another node has taken it over, this node leaves it alone, and on PostgreSQL the
     * deleted row stays locked until the handler's work commits, so no other claim can take it meanwhile. A failing
     * job of several handlers is split ({@link #split}); a failing job of one handler is retried later.
     */
    private void run(Job job, String owner) {
        try {
            tx.executeWithoutResult(status -> {
                if (deleteIfHeld(job, owner)) {
                    invokeAll(job);
                }
            });
        } catch (RuntimeException e) {
            if (job.handler().contains(HANDLER_SEPARATOR)) {
                try {
                    split(job, owner, e);
                } catch (RuntimeException splitFailed) {
                    retryLater(job, owner, e);
                }
            } else {
                retryLater(job, owner, e);
            }
        }
    }

    /**
     * Replaces a job that several handlers share by one job per handler, due now with the same attempts, so that the
     * handlers that work are done and only the failing one is retried with back-off. Handlers are idempotent, so the
     * ones that ran in the rolled-back attempt may run again.
     */
    private void split(Job job, String owner, RuntimeException cause) {
        log.info("Job {} ({}) failed; running its handlers one by one", job.id(), job.handler(), cause);
        long now = Instant.now().toEpochMilli();
        tx.executeWithoutResult(status -> {
            int held = db.sql("DELETE FROM jobs WHERE id = ? AND locked_by = ?")
                    .params(job.id(), owner)
                    .update();
            if (held == 0) {
                return;
            }
            for (String name : job.handler().split(HANDLER_SEPARATOR)) {
                db.sql(
                                "INSERT INTO jobs (id, handler, payload, run_at, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(Ids.next(), name, job.payload(), now, job.attempts(), now)
                        .update();
            }
        });
        wake();
    }

    private void invokeAll(Job job) {
        for (String name : job.handler().split(HANDLER_SEPARATOR)) {
            EventHandler<?> handler = handlers.get(name);
            if (handler != null) {
                invoke(handler, job.payload());
            } else {
                log.warn("No handler {} for job {}; dropping it", name, job.id());
            }
        }
    }

    private <E> void invoke(EventHandler<E> handler, String payload) {
        handler.handle(json.readValue(payload, handler.eventType()));
    }

    private void retryLater(Job job, String owner, RuntimeException e) {
        int attempts = job.attempts() + 1;
        boolean dead = attempts >= MAX_ATTEMPTS;
        long delay = dead ? Duration.ofDays(3650).toMillis() : (long) Math.min(3_600_000, 1000 * Math.pow(2, attempts));
        log.warn("Job {} ({}) failed, attempt {}{}", job.id(), job.handler(), attempts, dead ? ", giving up" : "", e);
        String message = String.valueOf(e.getMessage());
        db.sql("UPDATE jobs SET attempts = ?, run_at = ?, locked_until = NULL, locked_by = NULL, last_error = ?"
                        + " WHERE id = ? AND locked_by = ?")
                .params(
                        attempts,
                        Instant.now().toEpochMilli() + delay,
                        message.substring(0, Math.min(1000, message.length())),
                        job.id(),
                        owner)
                .update();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
