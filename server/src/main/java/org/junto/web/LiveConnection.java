package org.junto.web;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junto.streaming.StreamEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open {@code /web/live} connection. The stream delivers on its own thread and must not be blocked, while
 * rendering a fragment reads the database; so deliveries go into a bounded queue that a virtual thread of this
 * connection drains, renders and writes. A reader too slow to keep up is disconnected (its browser reconnects and
 * the page is current again on the next load) rather than letting its queue grow without bound.
 */
final class LiveConnection {
    private static final Logger log = LoggerFactory.getLogger(LiveConnection.class);
    private static final int QUEUE = 256;
    private static final long KEEP_ALIVE_SECONDS = 25;
    private final BlockingQueue<StreamEvent> queue = new ArrayBlockingQueue<>(QUEUE);
    private final SseEmitter emitter;
    private final Long viewer;
    private final LiveFragments fragments;
    private volatile boolean open = true;
    private Thread writer;

    LiveConnection(SseEmitter emitter, Long viewer, LiveFragments fragments) {
        this.emitter = emitter;
        this.viewer = viewer;
        this.fragments = fragments;
    }

    void start() {
        writer = Thread.ofVirtual()
                .name("web-live-" + (viewer == null ? "anonymous" : viewer))
                .start(this::run);
    }

    /** Called by the stream's delivering thread: never blocks. */
    void offer(StreamEvent event) {
        if (open && !queue.offer(event)) {
            log.debug("Live connection of {} fell behind; closing it", viewer);
            stop();
            emitter.complete();
        }
    }

    void stop() {
        open = false;
        if (writer != null) {
            writer.interrupt();
        }
    }

    private void run() {
        try {
            emitter.send(SseEmitter.event().comment("connected"));
            while (open) {
                StreamEvent event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    continue;
                }
                for (LiveFragments.Fragment f : fragments.render(viewer, event)) {
                    emitter.send(SseEmitter.event().name(f.name()).data(f.html()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            // The browser went away; the emitter's completion callback closes the subscription.
            open = false;
        } catch (RuntimeException e) {
            log.warn("Live connection of {} failed", viewer, e);
            open = false;
            emitter.completeWithError(e);
        }
    }
}
