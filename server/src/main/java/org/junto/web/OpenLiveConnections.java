package org.junto.web;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The web app's open live connections on this node, ended when the server begins to stop: before the web server's
 * graceful shutdown (a later phase), which would otherwise wait its whole timeout for them. EventSource reconnects.
 */
@Component
class OpenLiveConnections implements SmartLifecycle {
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    void add(SseEmitter emitter) {
        open.add(emitter);
    }

    void remove(SseEmitter emitter) {
        open.remove(emitter);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        new ArrayList<>(open).forEach(SseEmitter::complete);
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
