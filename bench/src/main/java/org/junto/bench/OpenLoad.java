package org.junto.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model load step: requests are started at a constant arrival rate whatever the server's state, and each
 * latency is measured from the request's <em>intended</em> start, so a stalled server shows up as latency instead of
 * as fewer requests (no coordinated omission). Requests still running at the end are waited for, up to a timeout,
 * then counted as errors.
 */
final class OpenLoad {
    private OpenLoad() {}

    /** One request: completes with true when the answer was the expected one. */
    interface Request extends LongFunction<CompletableFuture<Boolean>> {}

    record Step(double targetRate, double achievedRate, long sent, long ok, long errors, Histogram latency) {
        double errorRatio() {
            return sent == 0 ? 0 : (double) errors / sent;
        }

        double p(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1e6;
        }

        double meanMs() {
            return latency.getMean() / 1e6;
        }

        double maxMs() {
            return latency.getMaxValue() / 1e6;
        }
    }

    static Step run(double rate, Duration duration, Duration warmUp, Request request) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong measuredSent = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        for (long k = 0; ; k++) {
            long intended = start + k * interval;
            if (intended >= end) {
                break;
            }
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = intended >= measureFrom;
            if (measured) {
                measuredSent.incrementAndGet();
            }
            outstanding.incrementAndGet();
            CompletableFuture<Boolean> answer;
            try {
                answer = request.apply(k);
            } catch (RuntimeException e) {
                answer = CompletableFuture.completedFuture(false);
            }
            answer.whenComplete((good, failure) -> {
                outstanding.decrementAndGet();
                if (!measured) {
                    return;
                }
                recorder.recordValue(Math.max(0, System.nanoTime() - intended));
                if (failure == null && Boolean.TRUE.equals(good)) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
            });
        }
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (outstanding.get() > 0 && System.nanoTime() < drainDeadline) {
            Thread.sleep(5);
        }
        long unanswered = measuredSent.get() - ok.get() - errors.get();
        Histogram latency = recorder.getIntervalHistogram();
        double seconds = duration.toNanos() / 1e9;
        return new Step(rate, ok.get() / seconds, measuredSent.get(), ok.get(), errors.get() + unanswered, latency);
    }
}
