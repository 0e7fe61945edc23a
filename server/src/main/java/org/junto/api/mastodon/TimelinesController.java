package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.config.PublicUrls;
import org.junto.security.Caller;
import org.junto.timelines.Timelines;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Home, public and hashtag timelines, favourites and bookmarks, each paged with a {@code Link} header. */
@RestController
class TimelinesController {
    private final Timelines timelines;
    private final StatusRenderer renderer;
    private final PublicUrls urls;

    TimelinesController(Timelines timelines, StatusRenderer renderer, PublicUrls urls) {
        this.timelines = timelines;
        this.renderer = renderer;
        this.urls = urls;
    }

    @GetMapping("/api/v1/timelines/home")
    ResponseEntity<List<StatusEntity>> home(Caller caller, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("read:statuses");
        return respond(request, timelines.home(me, StatusesController.page(params)), me);
    }

    @GetMapping("/api/v1/timelines/public")
    ResponseEntity<List<StatusEntity>> publicTimeline(Caller caller, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read:statuses");
        if (params.bool("remote", false)) {
            return ResponseEntity.ok(List.of());
        }
        if (params.bool("only_media", false)) {
            return ResponseEntity.ok(List.of());
        }
        return respond(request, timelines.publicTimeline(viewer, StatusesController.page(params)), viewer);
    }

    @GetMapping("/api/v1/timelines/tag/{hashtag}")
    ResponseEntity<List<StatusEntity>> tag(
            Caller caller, @PathVariable String hashtag, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read:statuses");
        if (params.bool("remote", false) || params.bool("only_media", false)) {
            return ResponseEntity.ok(List.of());
        }
        return respond(request, timelines.tag(hashtag, viewer, StatusesController.page(params)), viewer);
    }

    @GetMapping("/api/v1/favourites")
    ResponseEntity<List<StatusEntity>> favourites(Caller caller, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("read:favourites");
        return respond(request, timelines.favourites(me, StatusesController.page(params)), me);
    }

    @GetMapping("/api/v1/bookmarks")
    ResponseEntity<List<StatusEntity>> bookmarks(Caller caller, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("read:bookmarks");
        return respond(request, timelines.bookmarks(me, StatusesController.page(params)), me);
    }

    static ResponseEntity<List<StatusEntity>> respond(
            HttpServletRequest request, Timelines.Page page, Long viewer, StatusRenderer renderer, PublicUrls urls) {
        return PageLinks.timeline(renderer.render(page.statuses(), viewer), urls, request, page.cursors());
    }

    private ResponseEntity<List<StatusEntity>> respond(HttpServletRequest request, Timelines.Page page, Long viewer) {
        return respond(request, page, viewer, renderer, urls);
    }
}
