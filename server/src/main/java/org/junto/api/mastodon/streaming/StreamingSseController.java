package org.junto.api.mastodon.streaming;

import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.junto.streaming.LiveStreams;
import org.junto.streaming.Stream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Mastodon's streaming API over server-sent events, one path per stream, and its health check. */
@RestController
@RequestMapping("/api/v1/streaming")
class StreamingSseController {
    private final LiveStreams streams;
    private final StreamPayloads payloads;
    private final OpenConnections registry;
    private final Groups groups;

    StreamingSseController(LiveStreams streams, StreamPayloads payloads, OpenConnections registry, Groups groups) {
        this.streams = streams;
        this.groups = groups;
        this.payloads = payloads;
        this.registry = registry;
    }

    @GetMapping(path = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
    String health() {
        return "OK";
    }

    @GetMapping("/user")
    ResponseEntity<SseEmitter> user(Caller caller) {
        return open(caller, "user", null);
    }

    @GetMapping("/user/notification")
    ResponseEntity<SseEmitter> notifications(Caller caller) {
        return open(caller, "user:notification", null);
    }

    @GetMapping("/public")
    ResponseEntity<SseEmitter> publicTimeline(
            @RequestParam(defaultValue = "false") boolean local,
            @RequestParam(defaultValue = "false") boolean remote,
            Caller caller) {
        return open(caller, local ? "public:local" : remote ? "public:remote" : "public", null);
    }

    @GetMapping("/public/local")
    ResponseEntity<SseEmitter> local(Caller caller) {
        return open(caller, "public:local", null);
    }

    @GetMapping("/public/remote")
    ResponseEntity<SseEmitter> remote(Caller caller) {
        return open(caller, "public:remote", null);
    }

    @GetMapping("/hashtag")
    ResponseEntity<SseEmitter> hashtag(
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "false") boolean local,
            Caller caller) {
        return open(caller, local ? "hashtag:local" : "hashtag", tag);
    }

    @GetMapping("/hashtag/local")
    ResponseEntity<SseEmitter> localHashtag(@RequestParam(required = false) String tag, Caller caller) {
        return open(caller, "hashtag:local", tag);
    }

    @GetMapping("/direct")
    ResponseEntity<SseEmitter> direct(Caller caller) {
        return open(caller, "direct", null);
    }

    @GetMapping("/list")
    ResponseEntity<SseEmitter> list(@RequestParam(required = false) String list, Caller caller) {
        StreamRequest.viewer(caller);
        StreamRequest.parse("list", null, list, null);
        throw JuntoException.notFound();
    }

    /** Junto's group stream: the new posts placed in one group or organization the caller may see. */
    @GetMapping("/group")
    ResponseEntity<SseEmitter> group(@RequestParam(required = false) String group, Caller caller) {
        StreamRequest.viewer(caller);
        return open(caller, StreamRequest.parse("group", null, null, group));
    }

    private ResponseEntity<SseEmitter> open(Caller caller, String name, String tag) {
        StreamRequest.viewer(caller);
        return open(caller, StreamRequest.parse(name, tag, null, null));
    }

    private ResponseEntity<SseEmitter> open(Caller caller, Stream stream) {
        StreamRequest.authorize(caller, stream, groups);
        SseConnection connection = new SseConnection(caller, streams, payloads, registry);
        connection.subscription.add(stream);
        connection.offer(new Connection.Raw(")"));
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(connection.emitter);
    }
}
