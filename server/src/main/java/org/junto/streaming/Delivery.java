package org.junto.streaming;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One bus message's deliveries, shared by every {@link StreamEvent} it produced: the signed-in viewers it goes to on
 * this node, and a place where a door keeps what it works out once for all of them — the status rendered once for
 * every recipient instead of once per connection (decision 0019). A delivery lives as long as a connection still
 * has one of its events queued.
 */
public final class Delivery {
    private static final Object NO_KEY = new Object();
    private final Set<Long> viewers;
    private final ConcurrentHashMap<Object, FutureTask<Object>> shared = new ConcurrentHashMap<>(4);

    private Delivery(Set<Long> viewers) {
        this.viewers = viewers;
    }

    /** A delivery to the signed-in {@code viewers} (anonymous subscribers are not listed). */
    public static Delivery to(Collection<Long> viewers) {
        return new Delivery(Set.copyOf(viewers));
    }

    /** A delivery that lists no viewers: a door works out each recipient's part on its own. */
    public static Delivery unlisted() {
        return new Delivery(Set.of());
    }

    /** The signed-in viewers this delivery reaches on this node; a door may prepare their parts all at once. */
    public Set<Long> viewers() {
        return viewers;
    }

    /**
     * The value for {@code key}, computed by the first caller while the others wait for it, and kept for the
     * delivery's life. A failure is rethrown to every caller.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> compute) {
        FutureTask<Object> task = shared.get(key == null ? NO_KEY : key);
        if (task == null) {
            FutureTask<Object> mine = new FutureTask<>(compute::get);
            task = shared.putIfAbsent(key == null ? NO_KEY : key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a shared rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
