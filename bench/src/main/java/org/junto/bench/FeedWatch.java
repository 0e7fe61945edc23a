package org.junto.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Recorder;

/**
 * Times how long a posted status takes to reach a home feed, by polling the follower's home timeline through the
 * API every 20 milliseconds from the moment the post was acknowledged (committed) until it is there.
 */
final class FeedWatch {
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    /** Often enough for a tenth of the 2 s goal, rarely enough that watching does not load the server it measures. */
    private static final long POLL_MS = 20;

    private final Api api;
    private final Recorder delays = new Recorder(3);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger missed = new AtomicInteger();

    FeedWatch(Api api) {
        this.api = api;
    }

    /** Starts watching; {@code committedAt} is the nanoTime the post's response arrived. */
    void watch(String followerToken, long statusId, long committedAt) {
        running.incrementAndGet();
        Thread.ofVirtual().start(() -> {
            try {
                long seen = awaitSeen(api, followerToken, statusId, committedAt + GIVE_UP.toNanos());
                if (seen < 0) {
                    missed.incrementAndGet();
                } else {
                    delays.recordValue(Math.max(0, seen - committedAt));
                }
            } finally {
                running.decrementAndGet();
            }
        });
    }

    /**
     * Polls the home timeline of the token's owner until {@code statusId} is in it; returns the nanoTime it was seen,
     * or -1 if not by {@code deadline}. A slow or failed poll counts as not yet.
     */
    static long awaitSeen(Api api, String token, long statusId, long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                if (api.homeHas(token, statusId)) {
                    return System.nanoTime();
                }
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } catch (Exception slowOrFailed) {
                // poll again until the deadline
            }
        }
        return -1;
    }

    /** Waits for every watch to end and returns the step's delays and how many were never seen. */
    Result finish() throws InterruptedException {
        while (running.get() > 0) {
            Thread.sleep(10);
        }
        return new Result(delays.getIntervalHistogram(), missed.getAndSet(0));
    }

    record Result(org.HdrHistogram.Histogram delays, int missed) {
        double p(double percentile) {
            return delays.getValueAtPercentile(percentile) / 1e6;
        }
    }
}
