package org.junto.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.junto.accounts.Account;
import org.junto.accounts.OAuthTokens;
import org.junto.accounts.RegisterAccountService;
import org.junto.accounts.Scopes;
import org.junto.jobs.JobWorker;
import org.junto.social.BlockService;
import org.junto.social.FollowService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Named test data made through the application's own services. */
@TestComponent
public class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final RegisterAccountService registration;
    private final OAuthTokens tokens;
    private final JobWorker jobs;
    private final JdbcClient db;
    private final FollowService follows;
    private final BlockService blocks;

    Fixtures(
            RegisterAccountService registration,
            OAuthTokens tokens,
            JobWorker jobs,
            JdbcClient db,
            FollowService follows,
            BlockService blocks) {
        this.follows = follows;
        this.blocks = blocks;
        this.registration = registration;
        this.tokens = tokens;
        this.jobs = jobs;
        this.db = db;
    }

    /** A signed-up person with a full-scope token. Names get a unique suffix so tests never collide. */
    public TestUser user(String name) {
        String username = name + SEQUENCE.incrementAndGet();
        Account account = registration.createByOperator(
                new RegisterAccountService.Registration(
                        username, username + "@example.test", "correct horse 1", "en", null),
                false);
        String token = tokens.issue(null, account.id(), Scopes.parse("read write follow push"))
                .accessToken();
        return new TestUser(account.id(), username, token);
    }

    /** {@code follower} follows {@code target}, as the follow API does (events, home-feed merge and all). */
    public void follow(TestUser follower, TestUser target) {
        follows.follow(follower.id(), target.id(), FollowService.Options.DEFAULTS);
    }

    /** {@code blocker} blocks {@code target}, as the block API does (follows both ways removed). */
    public void block(TestUser blocker, TestUser target) {
        blocks.block(blocker.id(), target.id());
    }

    public String tokenFor(TestUser user, String scopes) {
        return tokens.issue(null, user.id(), Scopes.parse(scopes)).accessToken();
    }

    /**
     * Runs the outbox until it is empty, so a test can read what fan-out and notifications produced. Jobs the
     * background worker has already claimed are waited for, not skipped, or a test could read before they finish.
     */
    public void drainJobs() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (jobs.runDueJobs() > 0 || jobsInFlight() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Jobs still running after 30 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lets time pass for scheduled jobs of handlers whose class name contains {@code handler}, then runs them. */
    public void runScheduledJobsNow(String handler) {
        db.sql("UPDATE jobs SET run_at = 0 WHERE handler LIKE ? AND locked_until IS NULL")
                .param("%" + handler + "%")
                .update();
        drainJobs();
    }

    private long jobsInFlight() {
        long now = System.currentTimeMillis();
        return db.sql("SELECT COUNT(*) FROM jobs WHERE run_at <= ? OR locked_until > ?")
                .params(now, now)
                .query(Long.class)
                .single();
    }

    public record TestUser(long id, String username, String token) {
        public String idString() {
            return Long.toString(id);
        }
    }
}
