package org.junto.api.mastodon.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junto.accounts.OAuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The streaming connections open on this node. Every two seconds their tokens are checked again in one query, so a
 * revoked token, or an account disabled or deleted, loses its streams within seconds; every heartbeat period each
 * connection is sent a heartbeat (an SSE comment, a WebSocket ping) so that proxies keep it open. One timer thread
 * does both for all connections: a connection has no task of its own.
 */
@Component
class OpenConnections implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OpenConnections.class);
    private static final int CHUNK = 500;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final OAuthTokens tokens;
    private final long heartbeatSeconds;
    /** Seconds since start; only the timer's thread touches it. */
    private long ticks;

    private final long tokenCheckMillis;
    /** Made on start and shut down on stop: a stopped context (a paused test context, too) can start again. */
    private ScheduledExecutorService timer;

    OpenConnections(
            OAuthTokens tokens,
            @Value("${junto.streaming.heartbeat-seconds:20}") long heartbeatSeconds,
            @Value("${junto.streaming.token-check-millis:2000}") long tokenCheckMillis) {
        this.tokens = tokens;
        this.heartbeatSeconds = Math.max(1, heartbeatSeconds);
        this.tokenCheckMillis = tokenCheckMillis;
    }

    void add(Connection connection) {
        open.add(connection);
    }

    void remove(Connection connection) {
        open.remove(connection);
    }

    int size() {
        return open.size();
    }

    /**
     * Each second, the connections whose turn it is: every connection gets one heartbeat per period, and the
     * period's heartbeats are spread over its seconds instead of 10,000 writes at once.
     */
    private void heartbeat() {
        long turn = ticks++ % heartbeatSeconds;
        for (Connection c : open) {
            if (Math.floorMod(System.identityHashCode(c), heartbeatSeconds) == turn) {
                try {
                    c.heartbeat();
                } catch (RuntimeException e) {
                    // A periodic task that throws is never run again: one broken connection must not end heartbeats.
                    log.debug("Heartbeat failed", e);
                }
            }
        }
    }

    private void recheckTokens() {
        try {
            List<Connection> snapshot = new ArrayList<>(open);
            List<Long> ids = snapshot.stream()
                    .map(c -> c.caller.tokenId())
                    .filter(id -> id != null)
                    .distinct()
                    .toList();
            Set<Long> usable = ConcurrentHashMap.newKeySet();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                usable.addAll(tokens.stillUsable(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
            }
            for (Connection c : snapshot) {
                Long tokenId = c.caller.tokenId();
                if (tokenId != null && !usable.contains(tokenId)) {
                    c.close("The access token was revoked");
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not re-check streaming tokens", e);
        }
    }

    private volatile boolean running;

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("junto-stream-watch").factory());
        timer.scheduleWithFixedDelay(this::recheckTokens, tokenCheckMillis, tokenCheckMillis, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::heartbeat, 1, 1, TimeUnit.SECONDS);
        running = true;
    }

    /**
     * Ends every stream when the server begins to stop, before the web server's graceful shutdown (a later phase),
     * which would otherwise wait its whole timeout for streams that never end by themselves. Clients reconnect.
     */
    @Override
    public void stop() {
        running = false;
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
            }
        }
        new ArrayList<>(open).forEach(c -> c.close("Server shutting down"));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
