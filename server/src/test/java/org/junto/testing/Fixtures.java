package org.junto.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.junto.accounts.Account;
import org.junto.accounts.OAuthTokens;
import org.junto.accounts.RegisterAccountService;
import org.junto.accounts.Scopes;
import org.junto.jobs.JobWorker;
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

    Fixtures(RegisterAccountService registration, OAuthTokens tokens, JobWorker jobs, JdbcClient db) {
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

    /** {@code follower} follows {@code target} (through the API once the social module has one). */
    public void follow(TestUser follower, TestUser target) {
        db.sql("INSERT INTO follows (id, account_id, target_account_id, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(org.junto.core.Ids.next(), follower.id(), target.id(), System.currentTimeMillis())
                .update();
    }

    /** {@code blocker} blocks {@code target} (through the API once the social module has one). */
    public void block(TestUser blocker, TestUser target) {
        db.sql("DELETE FROM follows WHERE (account_id = ? AND target_account_id = ?) OR (account_id = ? AND"
                        + " target_account_id = ?)")
                .params(blocker.id(), target.id(), target.id(), blocker.id())
                .update();
        db.sql("INSERT INTO blocks (id, account_id, target_account_id, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(org.junto.core.Ids.next(), blocker.id(), target.id(), System.currentTimeMillis())
                .update();
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
