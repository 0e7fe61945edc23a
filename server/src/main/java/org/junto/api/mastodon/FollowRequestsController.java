package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.security.Caller;
import org.junto.social.FollowRequestService;
import org.junto.social.Follows;
import org.junto.social.Listed;
import org.junto.social.Relationships;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's follow requests API: the pending requests to follow you, and accepting or rejecting one. */
@RestController
@RequestMapping("/api/v1/follow_requests")
class FollowRequestsController {
    private final Follows follows;
    private final FollowRequestService requests;
    private final Relationships relationships;
    private final AccountPages pages;

    FollowRequestsController(
            Follows follows, FollowRequestService requests, Relationships relationships, AccountPages pages) {
        this.follows = follows;
        this.requests = requests;
        this.relationships = relationships;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<List<AccountEntity>> pending(ApiParams params, Caller caller, HttpServletRequest request) {
        long me = caller.requireUser("read:follows");
        PageRequest page = params.page(40, 80);
        List<Listed> rows = follows.requestsTo(me, page);
        return pages.respond(rows, page, request);
    }

    /** {@code :id} is the requesting account's id, as in Mastodon. */
    @PostMapping("/{id}/authorize")
    RelationshipEntity authorize(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:follows");
        long requester = requesterId(id);
        requests.authorize(me, requester);
        return RelationshipEntity.of(relationships.of(me, requester));
    }

    @PostMapping("/{id}/reject")
    RelationshipEntity reject(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:follows");
        long requester = requesterId(id);
        requests.reject(me, requester);
        return RelationshipEntity.of(relationships.of(me, requester));
    }

    private static long requesterId(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw JuntoException.notFound();
        }
        return parsed;
    }
}
