package org.junto.api.mastodon;

import org.junto.core.Visibility;
import org.junto.security.Caller;
import org.junto.statuses.Status;
import org.junto.statuses.StatusInteractions;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Favourite, boost, bookmark and pin a status, and undo them; each answers with the status as the caller sees it. */
@RestController
@RequestMapping("/api/v1/statuses/{id}")
class StatusActionsController {
    private final StatusInteractions interactions;
    private final StatusRenderer renderer;

    StatusActionsController(StatusInteractions interactions, StatusRenderer renderer) {
        this.interactions = interactions;
        this.renderer = renderer;
    }

    @PostMapping("/favourite")
    StatusEntity favourite(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:favourites");
        return render(interactions.favourite(me, ApiParams.id(id)), me);
    }

    @PostMapping("/unfavourite")
    StatusEntity unfavourite(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:favourites");
        return render(interactions.unfavourite(me, ApiParams.id(id)), me);
    }

    @PostMapping("/reblog")
    StatusEntity reblog(Caller caller, @PathVariable String id, ApiParams params) {
        long me = caller.requireUser("write:statuses");
        return render(interactions.reblog(me, ApiParams.id(id), Visibility.fromApi(params.get("visibility"))), me);
    }

    @PostMapping("/unreblog")
    StatusEntity unreblog(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:statuses");
        return render(interactions.unreblog(me, ApiParams.id(id)), me);
    }

    @PostMapping("/bookmark")
    StatusEntity bookmark(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:bookmarks");
        return render(interactions.bookmark(me, ApiParams.id(id)), me);
    }

    @PostMapping("/unbookmark")
    StatusEntity unbookmark(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:bookmarks");
        return render(interactions.unbookmark(me, ApiParams.id(id)), me);
    }

    @PostMapping("/pin")
    StatusEntity pin(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:accounts");
        return render(interactions.pin(me, ApiParams.id(id)), me);
    }

    @PostMapping("/unpin")
    StatusEntity unpin(Caller caller, @PathVariable String id) {
        long me = caller.requireUser("write:accounts");
        return render(interactions.unpin(me, ApiParams.id(id)), me);
    }

    private StatusEntity render(Status status, long viewer) {
        return renderer.render(status, viewer);
    }
}
