package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.api.mastodon.ApiParams;
import org.junto.api.mastodon.PageLinks;
import org.junto.api.mastodon.StatusEntity;
import org.junto.api.mastodon.StatusParams;
import org.junto.api.mastodon.StatusRenderer;
import org.junto.config.PublicUrls;
import org.junto.groups.Collective;
import org.junto.groups.GroupModerationService;
import org.junto.groups.Groups;
import org.junto.groups.PostToCollectiveService;
import org.junto.security.Caller;
import org.junto.statuses.Status;
import org.junto.timelines.Timelines;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts in a group or organization: its timeline (Mastodon Status entities, Mastodon paging; {@code pinned=true} for
 * a group's pinned posts), posting into it, and moderators taking a post out or pinning it.
 */
@RestController
class CollectiveStatusesController {
    private static final String G = Paths.GROUPS + "/{id}/statuses";
    private static final String O = Paths.ORGS + "/{id}/statuses";
    private final Groups groups;
    private final Timelines timelines;
    private final PostToCollectiveService posting;
    private final GroupModerationService moderation;
    private final StatusRenderer statuses;
    private final PublicUrls urls;

    CollectiveStatusesController(
            Groups groups,
            Timelines timelines,
            PostToCollectiveService posting,
            GroupModerationService moderation,
            StatusRenderer statuses,
            PublicUrls urls) {
        this.groups = groups;
        this.timelines = timelines;
        this.posting = posting;
        this.moderation = moderation;
        this.statuses = statuses;
        this.urls = urls;
    }

    @Params(
            paged = true,
            value = {@Params.Param(name = "pinned", description = "Only pinned posts (groups)", type = "boolean")})
    @GetMapping({G, O})
    ResponseEntity<List<StatusEntity>> timeline(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        Collective c = Paths.visible(groups, viewer, id, request);
        var page = params.page(20, 40);
        Timelines.Page found = c.isGroup()
                ? timelines.group(c.id(), viewer, params.bool("pinned", false), page)
                : timelines.organization(c.id(), viewer, page);
        return PageLinks.timeline(statuses.render(found.statuses(), viewer), urls, request, found.cursors());
    }

    /** Posts into the collective: the parameters of Mastodon's {@code POST /api/v1/statuses}. */
    @Params({
        @Params.Param(name = "status", description = "Text of the post", required = true),
        @Params.Param(name = "spoiler_text", description = "Content warning"),
        @Params.Param(name = "visibility", description = "public, unlisted, private or direct"),
        @Params.Param(name = "in_reply_to_id", description = "Status replied to"),
        @Params.Param(name = "sensitive", description = "Marks the post sensitive", type = "boolean"),
        @Params.Param(name = "language", description = "ISO 639 language code")
    })
    @PostMapping({G, O})
    StatusEntity post(
            Caller caller,
            @PathVariable String id,
            ApiParams params,
            HttpServletRequest request,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        long me = caller.requireUser("write");
        Collective c = Paths.visible(groups, me, id, request);
        Status status = posting.post(me, c.id(), StatusParams.newStatus(params, caller.appId(), idempotencyKey));
        return statuses.render(status, me);
    }

    /** A moderator takes the post out of the collective; its author is notified. */
    @DeleteMapping({G + "/{statusId}", O + "/{statusId}"})
    ResponseEntity<Void> remove(
            Caller caller, @PathVariable String id, @PathVariable String statusId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> moderation.remove(me, c, ApiParams.id(statusId)));
    }

    @PostMapping({G + "/{statusId}/pin", O + "/{statusId}/pin"})
    ResponseEntity<Void> pin(
            Caller caller, @PathVariable String id, @PathVariable String statusId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> moderation.pin(me, c, ApiParams.id(statusId), true));
    }

    @PostMapping({G + "/{statusId}/unpin", O + "/{statusId}/unpin"})
    ResponseEntity<Void> unpin(
            Caller caller, @PathVariable String id, @PathVariable String statusId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> moderation.pin(me, c, ApiParams.id(statusId), false));
    }
}
