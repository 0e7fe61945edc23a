package org.junto.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junto.core.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox. {@link #publish} writes one job row per event inside the caller's transaction, naming
 * every interested handler, so the side effects of a change are stored exactly when the change is; after commit the
 * worker is woken and runs them. Nothing is kept only in memory. One row per event rather than per handler (decision
 * 0020): a post has four handlers, and each row costs an insert, a claim and a delete in the one-writer database.
 */
@Component
public class Outbox {
    private final JdbcClient db;
    private final JsonMapper json;
    private final ObjectProvider<List<EventHandler<?>>> handlers;
    private final JobWorker worker;
    /** The handler names for each event class, found once: the handler beans do not change after start-up. */
    private final Map<Class<?>, String> handlerNames = new ConcurrentHashMap<>();

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
        String names = handlerNames.computeIfAbsent(event.getClass(), this::interestedHandlers);
        if (names.isEmpty()) {
            return;
        }
        db.sql("INSERT INTO jobs (id, handler, payload, run_at, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(Ids.next(), names, payload, due, now)
                .update();
        wakeWorkerAfterCommit();
    }

    /** The names of the handlers of {@code eventClass}, comma-separated, as {@link JobWorker} reads them. */
    private String interestedHandlers(Class<?> eventClass) {
        return handlers.getIfAvailable(List::of).stream()
                .filter(h -> h.eventType().isAssignableFrom(eventClass))
                .map(JobWorker::nameOf)
                .collect(Collectors.joining(JobWorker.HANDLER_SEPARATOR));
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
