package org.junto.web;

import java.time.Duration;
import org.junto.core.Ids;
import org.junto.security.JuntoUserDetails;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /web/live}: the web app's server-sent events, authenticated by the session cookie. A signed-in person gets
 * their {@code user} stream (home timeline and notifications) and everyone gets {@code public:local}; one connection
 * per tab serves every page, and each element listens only for the event names it cares about (see
 * {@link LiveFragments}). Without a {@link LiveStreams} implementation the answer is 204, which tells EventSource
 * not to reconnect: the pages then work without live updates.
 */
@Controller
class LiveController {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private final ObjectProvider<LiveStreams> streams;
    private final LiveFragments fragments;
    private final OpenLiveConnections open;

    LiveController(ObjectProvider<LiveStreams> streams, LiveFragments fragments, OpenLiveConnections open) {
        this.streams = streams;
        this.fragments = fragments;
        this.open = open;
    }

    /**
     * Opens the connection; a page showing a hashtag, a group (or organization) or a thread names it, and its stream
     * is added: {@code tag}, {@code group} (the collective's id) or {@code thread} (the status's id). What each
     * delivers is checked against the viewer as the page's own read is, so naming a hidden group or status yields
     * nothing.
     */
    @GetMapping("/web/live")
    ResponseEntity<SseEmitter> live(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String thread) {
        LiveStreams live = streams.getIfAvailable();
        if (live == null) {
            return ResponseEntity.noContent().build();
        }
        Long viewer = Viewer.of(user);
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        LiveConnection connection = new LiveConnection(emitter, viewer, fragments);
        LiveStreams.Subscription subscription = live.open(viewer, connection::offer);
        Runnable close = () -> {
            open.remove(emitter);
            connection.stop();
            subscription.close();
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        if (viewer != null) {
            subscription.add(Stream.of("user"));
        }
        subscription.add(Stream.of("public:local"));
        pageStream(tag, group, thread).ifPresent(subscription::add);
        open.add(emitter);
        connection.start();
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }

    private static java.util.Optional<Stream> pageStream(String tag, String group, String thread) {
        if (tag != null && !tag.isBlank() && tag.length() <= 100) {
            return java.util.Optional.of(Stream.hashtag(tag, false));
        }
        Long groupId = group == null ? null : Ids.parseOrNull(group);
        if (groupId != null && groupId > 0) {
            return java.util.Optional.of(Stream.group(groupId));
        }
        Long threadId = thread == null ? null : Ids.parseOrNull(thread);
        return threadId == null || threadId <= 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(Stream.thread(threadId));
    }
}
