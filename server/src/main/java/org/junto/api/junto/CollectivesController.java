package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.api.mastodon.ApiParams;
import org.junto.api.mastodon.PageLinks;
import org.junto.config.PublicUrls;
import org.junto.core.PageRequest;
import org.junto.groups.Collective;
import org.junto.groups.CreateCollectiveService;
import org.junto.groups.Groups;
import org.junto.groups.ManageCollectiveService;
import org.junto.groups.Privacy;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Groups and organizations themselves: create, the directory, read, edit, delete. */
@RestController
class CollectivesController {
    private final CreateCollectiveService creating;
    private final ManageCollectiveService managing;
    private final Groups groups;
    private final CollectiveRenderer renderer;
    private final PublicUrls urls;

    CollectivesController(
            CreateCollectiveService creating,
            ManageCollectiveService managing,
            Groups groups,
            CollectiveRenderer renderer,
            PublicUrls urls) {
        this.creating = creating;
        this.managing = managing;
        this.groups = groups;
        this.renderer = renderer;
        this.urls = urls;
    }

    @Params({
        @Params.Param(name = "handle", description = "Unique handle, shared with accounts", required = true),
        @Params.Param(name = "display_name", description = "Name shown"),
        @Params.Param(name = "note", description = "Description"),
        @Params.Param(name = "rules", description = "Rules members agree to"),
        @Params.Param(name = "privacy", description = "public, closed or secret (default public)"),
        @Params.Param(name = "organization_id", description = "Organization the group belongs to (groups only)")
    })
    @PostMapping({Paths.GROUPS, Paths.ORGS})
    ResponseEntity<CollectiveEntity> create(Caller caller, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("write");
        String org = params.get("organization_id");
        Collective c = creating.create(
                me,
                Paths.kind(request),
                new CreateCollectiveService.NewCollective(
                        params.get("handle"),
                        params.get("display_name"),
                        params.get("note"),
                        params.get("rules"),
                        Privacy.fromApi(params.get("privacy"), Privacy.PUBLIC),
                        org == null || org.isBlank() ? null : ApiParams.id(org)));
        return ResponseEntity.status(201).body(renderer.render(c, me));
    }

    /**
     * The directory: every group (or organization) the viewer may see, newest first; {@code member=true} for the
     * viewer's own; {@code organization_id} for one organization's groups.
     */
    @Params(
            paged = true,
            value = {
                @Params.Param(name = "member", description = "Only those the caller belongs to", type = "boolean"),
                @Params.Param(name = "organization_id", description = "Only the groups of this organization")
            })
    @GetMapping({Paths.GROUPS, Paths.ORGS})
    ResponseEntity<List<CollectiveEntity>> directory(Caller caller, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        boolean mine = params.bool("member", false);
        if (mine) {
            viewer = caller.requireUser("read");
        }
        String org = params.get("organization_id");
        PageRequest page = params.page(20, 80);
        List<Collective> found = groups.directory(
                Paths.kind(request), viewer, mine, org == null || org.isBlank() ? null : ApiParams.id(org), page);
        return PageLinks.respond(
                renderer.render(found, viewer),
                urls,
                request,
                PageLinks.Cursors.of(found, Collective::id, page.limit()),
                "min_id",
                "member",
                "organization_id");
    }

    @GetMapping({Paths.GROUPS + "/{id}", Paths.ORGS + "/{id}"})
    CollectiveEntity one(Caller caller, @PathVariable String id, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        return renderer.render(Paths.visible(groups, viewer, id, request), viewer);
    }

    @Params({
        @Params.Param(name = "display_name", description = "Name shown"),
        @Params.Param(name = "note", description = "Description"),
        @Params.Param(name = "rules", description = "Rules members agree to"),
        @Params.Param(name = "privacy", description = "public, closed or secret")
    })
    @PatchMapping({Paths.GROUPS + "/{id}", Paths.ORGS + "/{id}"})
    CollectiveEntity update(Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("write");
        Collective c = Paths.visible(groups, me, id, request);
        Collective updated = managing.update(
                me,
                c.id(),
                new ManageCollectiveService.Change(
                        params.get("display_name"),
                        params.get("note"),
                        params.get("rules"),
                        Privacy.fromApi(params.get("privacy"), null)));
        return renderer.render(updated, me);
    }

    /** Deletes with its content; {@code confirm} must repeat the handle. */
    @Params({@Params.Param(name = "confirm", description = "The handle again, to confirm the deletion", required = true)
    })
    @DeleteMapping({Paths.GROUPS + "/{id}", Paths.ORGS + "/{id}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("write");
        Collective c = Paths.visible(groups, me, id, request);
        managing.delete(me, c.id(), params.get("confirm"));
        return ResponseEntity.noContent().build();
    }
}
