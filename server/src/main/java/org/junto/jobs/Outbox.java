package org.junto.jobs;

import java.time.Instant;
import java.util.List;
import org.junto.core.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox. {@link #publish} writes one job row per interested handler inside the caller's
 * transaction, so the side effects of a change are stored exactly when the change is; after commit the worker is
 * woken and runs them. Nothing is kept only in memory.
 */
@Component
public class Outbox {
    private final JdbcClient db;
    private final JsonMapper json;
    private final ObjectProvider<List<EventHandler<?>>> handlers;
    private final JobWorker worker;

    Outbox(JdbcClient db, JsonMapper json, ObjectProvider<List<EventHandler<?>>> handlers, JobWorker worker) {
        this.db = db;
        this.json = json;
        this.handlers = handlers;
        this.worker = worker;
    }

    public void publish(Object event) {
        publishAt(event, Instant.now());
    }

    /**
     * Stores the event now, for handlers to run no earlier than {@code runAt}: durable scheduled work (reminders),
     * which survives restarts like any other job.
     */
    public void publishAt(Object event, Instant runAt) {
        String payload = json.writeValueAsString(event);
        long now = Instant.now().toEpochMilli();
        long due = Math.max(now, runAt.toEpochMilli());
        for (EventHandler<?> handler : handlers.getIfAvailable(List::of)) {
            if (handler.eventType().isInstance(event)) {
                db.sql("INSERT INTO jobs (id, handler, payload, run_at, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(Ids.next(), JobWorker.nameOf(handler), payload, due, now)
                        .update();
            }
        }
        wakeWorkerAfterCommit();
    }

    private void wakeWorkerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }
}
