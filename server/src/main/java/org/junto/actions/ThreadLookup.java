package org.junto.actions;

import java.util.Optional;
import java.util.function.LongFunction;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/**
 * Finds what a reply acts on by walking up its thread: the nearest ancestor that belongs to a task (or is an offer or
 * a need), so {@code #done} works in reply to the task's post, to a trace, or to a comment further down the thread.
 */
@Component
class ThreadLookup {
    private static final int MAX_DEPTH = 30;
    private final Statuses statuses;

    ThreadLookup(Statuses statuses) {
        this.statuses = statuses;
    }

    <T> Optional<T> nearest(Status reply, LongFunction<Optional<T>> find) {
        Long at = reply.inReplyToId();
        for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
            Optional<T> found = find.apply(at);
            if (found.isPresent()) {
                return found;
            }
            at = statuses.byId(at).map(Status::inReplyToId).orElse(null);
        }
        return Optional.empty();
    }
}
