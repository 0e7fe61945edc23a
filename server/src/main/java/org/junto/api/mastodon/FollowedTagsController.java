package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.config.PublicUrls;
import org.junto.core.PageRequest;
import org.junto.security.Caller;
import org.junto.social.TagFollows;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A hashtag, following and unfollowing it, and the list of followed hashtags (Mastodon's tags API). */
@RestController
class FollowedTagsController {
    private final TagFollows follows;
    private final TagRenderer renderer;
    private final PublicUrls urls;

    FollowedTagsController(TagFollows follows, TagRenderer renderer, PublicUrls urls) {
        this.follows = follows;
        this.renderer = renderer;
        this.urls = urls;
    }

    /** Any valid hashtag answers, used or not, as Mastodon's does. */
    @GetMapping("/api/v1/tags/{name}")
    TagEntity tag(@PathVariable String name, Caller caller) {
        return renderer.render(TagFollows.validName(name), caller.viewer("read"));
    }

    @PostMapping("/api/v1/tags/{name}/follow")
    TagEntity follow(@PathVariable String name, Caller caller) {
        long me = caller.requireUser("write:follows");
        return renderer.render(follows.follow(me, name).name(), me);
    }

    @PostMapping("/api/v1/tags/{name}/unfollow")
    TagEntity unfollow(@PathVariable String name, Caller caller) {
        long me = caller.requireUser("write:follows");
        follows.unfollow(me, name);
        return renderer.render(TagFollows.validName(name), me);
    }

    @GetMapping("/api/v1/followed_tags")
    ResponseEntity<List<TagEntity>> followed(Caller caller, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("read:follows");
        PageRequest page = params.page(100, 200);
        List<TagFollows.Followed> rows = follows.page(me, page);
        List<TagEntity> body =
                renderer.render(rows.stream().map(r -> r.tag().name()).toList(), me);
        var cursors = PageLinks.Cursors.of(rows, TagFollows.Followed::cursor, page.limit());
        return PageLinks.respond(body, urls, request, cursors, "since_id", "limit");
    }
}
