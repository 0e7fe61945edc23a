package org.junto.jobs;

/**
 * Reacts to an event after the transaction that published it has committed. Runs on the job worker, in its own
 * transaction, and may run more than once (after a crash or a retry): it must be idempotent, re-load what it needs by
 * id and treat "gone" as done.
 */
public interface EventHandler<E> {

    Class<E> eventType();

    void handle(E event);
}
