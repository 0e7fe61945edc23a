package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.junto.api.mastodon.AccountEntity;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.ApiParams;
import org.junto.api.mastodon.PageLinks;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.JoinRequestService;
import org.junto.groups.Member;
import org.junto.groups.MemberList;
import org.junto.groups.MembershipService;
import org.junto.groups.Role;
import org.junto.security.Caller;
import org.junto.social.Listed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** Memberships: join and leave, the member list, roles, removal, bans, ownership, and join requests. */
@RestController
class MembersController {
    private static final String G = Paths.GROUPS + "/{id}";
    private static final String O = Paths.ORGS + "/{id}";
    private final MembershipService memberships;
    private final JoinRequestService requests;
    private final MemberList members;
    private final Groups groups;
    private final CollectiveRenderer renderer;
    private final PublicUrls urls;
    private final AccountRenderer accounts;

    MembersController(
            MembershipService memberships,
            JoinRequestService requests,
            MemberList members,
            Groups groups,
            CollectiveRenderer renderer,
            PublicUrls urls,
            AccountRenderer accounts) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.requests = requests;
        this.members = members;
        this.groups = groups;
        this.renderer = renderer;
        this.urls = urls;
    }

    /** Joins (public, invited) or asks to join (closed): answers {@code {"state": "member" | "requested"}}. */
    @PostMapping({G + "/join", O + "/join"})
    Map<String, String> join(Caller caller, @PathVariable String id, HttpServletRequest request) {
        long me = caller.requireUser("write");
        var state = memberships.join(me, collective(me, id, request).id());
        return Map.of("state", state.name().toLowerCase(java.util.Locale.ROOT));
    }

    @PostMapping({G + "/leave", O + "/leave"})
    ResponseEntity<Void> leave(Caller caller, @PathVariable String id, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> memberships.leave(me, c));
    }

    @Params(paged = true)
    @GetMapping({G + "/members", O + "/members"})
    ResponseEntity<List<MemberEntity>> list(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        PageRequest page = params.page(40, 80);
        return respond(members.page(viewer, collective(viewer, id, request).id(), page), page, request);
    }

    /** Promotes or demotes: {@code role} is admin, moderator or member (groups); admin, staff or contributor. */
    @Params({
        @Params.Param(
                name = "role",
                description = "admin, moderator or member (groups); admin, staff or contributor (organizations)",
                required = true)
    })
    @PutMapping({G + "/members/{accountId}", O + "/members/{accountId}"})
    List<MemberEntity> setRole(
            Caller caller,
            @PathVariable String id,
            @PathVariable String accountId,
            ApiParams params,
            HttpServletRequest request) {
        long me = caller.requireUser("write");
        Collective c = collective(me, id, request);
        Member changed =
                memberships.setRole(me, c.id(), ApiParams.id(accountId), Role.assignable(params.get("role"), c.kind()));
        return renderer.members(List.of(changed));
    }

    @DeleteMapping({G + "/members/{accountId}", O + "/members/{accountId}"})
    ResponseEntity<Void> remove(
            Caller caller, @PathVariable String id, @PathVariable String accountId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> memberships.remove(me, c, ApiParams.id(accountId)));
    }

    @Params({@Params.Param(name = "account_id", description = "Account to ban", required = true)})
    @PostMapping({G + "/bans", O + "/bans"})
    ResponseEntity<Void> ban(Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> memberships.ban(me, c, requiredAccount(params)));
    }

    /** The banned accounts as Mastodon Account entities, newest ban first, paged as Mastodon's own blocks list. */
    @Params(paged = true)
    @GetMapping({G + "/bans", O + "/bans"})
    ResponseEntity<List<AccountEntity>> bans(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("read");
        PageRequest page = params.page(40, 80);
        List<Listed> rows = memberships.bans(me, collective(me, id, request).id(), page);
        return PageLinks.respond(
                accounts.renderIds(rows.stream().map(Listed::accountId).toList()),
                urls,
                request,
                PageLinks.Cursors.of(rows, Listed::cursor, page.limit()),
                "min_id",
                "limit");
    }

    @DeleteMapping({G + "/bans/{accountId}", O + "/bans/{accountId}"})
    ResponseEntity<Void> unban(
            Caller caller, @PathVariable String id, @PathVariable String accountId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> memberships.unban(me, c, ApiParams.id(accountId)));
    }

    @Params({@Params.Param(name = "account_id", description = "Member who becomes the owner", required = true)})
    @PostMapping({G + "/transfer", O + "/transfer"})
    ResponseEntity<Void> transfer(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> memberships.transfer(me, c, requiredAccount(params)));
    }

    @Params(paged = true)
    @GetMapping({G + "/join_requests", O + "/join_requests"})
    ResponseEntity<List<MemberEntity>> pending(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        long me = caller.requireUser("read");
        PageRequest page = params.page(40, 80);
        return respond(requests.pending(me, collective(me, id, request).id(), page), page, request);
    }

    @PostMapping({G + "/join_requests/{accountId}/authorize", O + "/join_requests/{accountId}/authorize"})
    ResponseEntity<Void> authorize(
            Caller caller, @PathVariable String id, @PathVariable String accountId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> requests.authorize(me, c, ApiParams.id(accountId)));
    }

    @PostMapping({G + "/join_requests/{accountId}/reject", O + "/join_requests/{accountId}/reject"})
    ResponseEntity<Void> reject(
            Caller caller, @PathVariable String id, @PathVariable String accountId, HttpServletRequest request) {
        return Paths.act(groups, caller, id, request, (me, c) -> requests.reject(me, c, ApiParams.id(accountId)));
    }

    private ResponseEntity<List<MemberEntity>> respond(
            List<Member> found, PageRequest page, HttpServletRequest request) {
        return PageLinks.respond(
                renderer.members(found),
                urls,
                request,
                PageLinks.Cursors.of(found, Member::id, page.limit()),
                "min_id");
    }

    private Collective collective(Long viewer, String id, HttpServletRequest request) {
        return Paths.visible(groups, viewer, id, request);
    }

    static long requiredAccount(ApiParams params) {
        String account = params.get("account_id");
        if (account == null || account.isBlank()) {
            throw JuntoException.invalid("Validation failed: account_id is missing");
        }
        return ApiParams.id(account);
    }
}
