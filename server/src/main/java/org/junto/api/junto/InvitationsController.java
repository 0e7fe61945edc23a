package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.junto.api.mastodon.ApiParams;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.Invitation;
import org.junto.groups.InvitationService;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations: moderators invite an account ({@code account_id}) or make a link ({@code max_uses},
 * {@code expires_in} seconds); an invitee sees and declines its invitations and joins with {@code join}; anyone with a
 * link's code previews its group and accepts it.
 */
@RestController
class InvitationsController {
    private static final String G = Paths.GROUPS + "/{id}/invitations";
    private static final String O = Paths.ORGS + "/{id}/invitations";
    private final InvitationService invitations;
    private final Groups groups;
    private final CollectiveRenderer renderer;

    InvitationsController(InvitationService invitations, Groups groups, CollectiveRenderer renderer) {
        this.invitations = invitations;
        this.groups = groups;
        this.renderer = renderer;
    }

    @Params({
        @Params.Param(name = "account_id", description = "Invite this account; without it a link is made"),
        @Params.Param(
                name = "max_uses",
                description = "Uses a link allows (1-100000; default unlimited)",
                type = "integer"),
        @Params.Param(
                name = "expires_in",
                description = "Seconds until a link expires (default never)",
                type = "integer")
    })
    @PostMapping({G, O})
    ResponseEntity<InvitationEntity> create(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("write");
        Collective c = Paths.visible(groups, me, id, request);
        Invitation made;
        if (params.get("account_id") != null) {
            made = invitations.invite(me, c.id(), MembersController.requiredAccount(params));
        } else {
            Long seconds = params.number("expires_in");
            made = invitations.createLink(
                    me, c.id(), params.integer("max_uses"), seconds == null ? null : Duration.ofSeconds(seconds));
        }
        return ResponseEntity.status(201).body(renderer.invitation(made));
    }

    @GetMapping({G, O})
    List<InvitationEntity> list(Caller caller, @PathVariable String id, HttpServletRequest request) {
        long me = caller.requireUser("read");
        Collective c = Paths.visible(groups, me, id, request);
        return invitations.ofCollective(me, c.id()).stream()
                .map(renderer::invitation)
                .toList();
    }

    @DeleteMapping({G + "/{invitationId}", O + "/{invitationId}"})
    ResponseEntity<Void> revoke(
            Caller caller, @PathVariable String id, @PathVariable String invitationId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> invitations.revoke(me, c, ApiParams.id(invitationId)));
    }

    /** The signed-in account's own invitations, with the collectives they are to. */
    @GetMapping(Paths.BASE + "/invitations")
    List<CollectiveEntity> mine(Caller caller) {
        long me = caller.requireUser("read");
        List<Collective> invitedTo = invitations.addressedTo(me).stream()
                .map(i -> groups.byId(i.collectiveId()))
                .flatMap(java.util.Optional::stream)
                .toList();
        return renderer.render(invitedTo, me);
    }

    @DeleteMapping(Paths.BASE + "/invitations/{collectiveId}")
    ResponseEntity<Void> decline(Caller caller, @PathVariable String collectiveId) {
        long me = caller.requireUser("write");
        invitations.decline(me, ApiParams.id(collectiveId));
        return ResponseEntity.noContent().build();
    }

    /** What a link leads to, so its holder can decide: the collective, even a secret one. */
    @GetMapping(Paths.BASE + "/invite_links/{code}")
    CollectiveEntity preview(Caller caller, @PathVariable String code) {
        Long viewer = caller.viewer("read");
        Invitation link = invitations.link(code);
        return renderer.render(groups.byId(link.collectiveId()).orElseThrow(), viewer);
    }

    @PostMapping(Paths.BASE + "/invite_links/{code}/accept")
    CollectiveEntity accept(Caller caller, @PathVariable String code) {
        long me = caller.requireUser("write");
        return renderer.render(invitations.accept(me, code), me);
    }
}
