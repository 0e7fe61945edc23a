package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.groups.Collective;
import org.junto.groups.CreateCollectiveService;
import org.junto.groups.GroupModerationService;
import org.junto.groups.JoinRequestService;
import org.junto.groups.MembershipService;
import org.junto.groups.PostToCollectiveService;
import org.junto.groups.Privacy;
import org.junto.security.JuntoUserDetails;
import org.junto.statuses.PostStatusService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the group pages' forms do: create, join, leave, post into a group, and the moderators' answers to join
 * requests and removals. Plain forms (POST-redirect-GET); a refusal is shown as an error page with its reason.
 */
@Controller
class GroupActions {
    private final GroupPages pages;
    private final CreateCollectiveService creating;
    private final MembershipService memberships;
    private final JoinRequestService requests;
    private final PostToCollectiveService posting;
    private final GroupModerationService moderation;

    GroupActions(
            GroupPages pages,
            CreateCollectiveService creating,
            MembershipService memberships,
            JoinRequestService requests,
            PostToCollectiveService posting,
            GroupModerationService moderation) {
        this.pages = pages;
        this.creating = creating;
        this.memberships = memberships;
        this.requests = requests;
        this.posting = posting;
        this.moderation = moderation;
    }

    @PostMapping({"/groups", "/organizations"})
    String create(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(defaultValue = "") String handle,
            @RequestParam(name = "display_name", defaultValue = "") String displayName,
            @RequestParam(defaultValue = "public") String privacy,
            HttpServletRequest request) {
        Collective c = creating.create(
                signedIn(user),
                GroupPages.kindOf(request),
                new CreateCollectiveService.NewCollective(
                        handle, displayName, null, null, Privacy.fromApi(privacy, Privacy.PUBLIC), null));
        return "redirect:" + request.getRequestURI() + "/" + handle.strip().replaceFirst("^[@!]", "");
    }

    @PostMapping({"/groups/{handle}/{action:join|leave}", "/organizations/{handle}/{action:join|leave}"})
    String membership(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String action,
            HttpServletRequest request) {
        long me = signedIn(user);
        Collective c = pages.find(handle, me, request);
        if (action.equals("join")) {
            memberships.join(me, c.id());
        } else {
            memberships.leave(me, c.id());
        }
        return back(request, handle, "");
    }

    @PostMapping({"/groups/{handle}/statuses", "/organizations/{handle}/statuses"})
    String post(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "public") String visibility,
            @RequestParam(name = "idempotency_key", required = false) String idempotencyKey,
            HttpServletRequest request) {
        long me = signedIn(user);
        Collective c = pages.find(handle, me, request);
        posting.post(
                me,
                c.id(),
                new PostStatusService.NewStatus(
                        status, null, Visibility.fromApi(visibility), null, null, null, null, idempotencyKey));
        return back(request, handle, "");
    }

    @PostMapping({
        "/groups/{handle}/requests/{accountId}/{answer:authorize|reject}",
        "/organizations/{handle}/requests/{accountId}/{answer:authorize|reject}"
    })
    String answer(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String accountId,
            @PathVariable String answer,
            HttpServletRequest request) {
        long me = signedIn(user);
        Collective c = pages.find(handle, me, request);
        long requester = id(accountId);
        if (answer.equals("authorize")) {
            requests.authorize(me, c.id(), requester);
        } else {
            requests.reject(me, c.id(), requester);
        }
        return back(request, handle, "/moderation");
    }

    @PostMapping({"/groups/{handle}/statuses/{statusId}/remove", "/organizations/{handle}/statuses/{statusId}/remove"})
    String remove(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String statusId,
            HttpServletRequest request) {
        long me = signedIn(user);
        moderation.remove(me, pages.find(handle, me, request).id(), id(statusId));
        return back(request, handle, "/moderation");
    }

    private static long signedIn(JuntoUserDetails user) {
        if (user == null) {
            throw JuntoException.unauthorized("Sign in first");
        }
        return user.accountId();
    }

    private static long id(String value) {
        Long id = Ids.parseOrNull(value);
        if (id == null) {
            throw JuntoException.notFound();
        }
        return id;
    }

    private static String back(HttpServletRequest request, String handle, String suffix) {
        String kind = GroupPages.kindOf(request) == org.junto.groups.Kind.GROUP ? "/groups/" : "/organizations/";
        return "redirect:" + kind + handle + suffix;
    }
}
