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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the group pages' forms do: create, join, leave, post into a group, and the moderators' answers to join
 * requests and removals. Plain forms (POST-redirect-GET) with a flash message saying what happened or why not.
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
            @RequestParam(name = "organization_id", required = false) String organizationId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = signedIn(user);
        String made = GroupManagement.path(request, handle.strip().replaceFirst("^[@!]", ""), "");
        String back = organizationId == null || organizationId.isBlank()
                ? GroupManagement.directory(request)
                : Back.to(request, GroupManagement.directory(request)).substring("redirect:".length());
        return Flash.attempt(
                flash,
                made,
                back,
                "Created. Invite people from its settings.",
                () -> creating.create(
                        me,
                        GroupPages.kindOf(request),
                        new CreateCollectiveService.NewCollective(
                                handle,
                                displayName,
                                null,
                                null,
                                Privacy.fromApi(privacy, Privacy.PUBLIC),
                                organizationId == null || organizationId.isBlank() ? null : id(organizationId))));
    }

    @PostMapping({"/groups/{handle}/{action:join|leave}", "/organizations/{handle}/{action:join|leave}"})
    String membership(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String action,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = signedIn(user);
        Collective c = pages.find(handle, me, request);
        String page = GroupManagement.path(request, handle, "");
        if (action.equals("join")) {
            return Flash.attempt(
                    flash,
                    page,
                    page,
                    null,
                    () -> flash.addFlashAttribute(
                            "flash",
                            memberships.join(me, c.id()) == MembershipService.JoinState.MEMBER
                                    ? "Welcome: you are a member now."
                                    : "Your request to join was sent to the moderators."));
        }
        String after = c.privacy() == Privacy.SECRET ? GroupManagement.directory(request) : page;
        return Flash.attempt(flash, after, page, "You are no longer a member.", () -> memberships.leave(me, c.id()));
    }

    @PostMapping({"/groups/{handle}/statuses", "/organizations/{handle}/statuses"})
    String post(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "public") String visibility,
            @RequestParam(name = "idempotency_key", required = false) String idempotencyKey,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = signedIn(user);
        Collective c = pages.find(handle, me, request);
        String page = GroupManagement.path(request, handle, "");
        return Flash.attempt(
                flash,
                page,
                page,
                null,
                () -> posting.post(
                        me,
                        c.id(),
                        new PostStatusService.NewStatus(
                                status, null, Visibility.fromApi(visibility), null, null, null, null, idempotencyKey)));
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
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = signedIn(user);
        Collective c = pages.find(handle, me, request);
        long requester = id(accountId);
        String queue = GroupManagement.path(request, handle, "/moderation");
        if (answer.equals("authorize")) {
            return Flash.attempt(
                    flash, queue, queue, "Request approved.", () -> requests.authorize(me, c.id(), requester));
        }
        return Flash.attempt(flash, queue, queue, "Request declined.", () -> requests.reject(me, c.id(), requester));
    }

    @PostMapping({"/groups/{handle}/statuses/{statusId}/remove", "/organizations/{handle}/statuses/{statusId}/remove"})
    String remove(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String statusId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = signedIn(user);
        long c = pages.find(handle, me, request).id();
        String queue = GroupManagement.path(request, handle, "/moderation");
        return Flash.attempt(
                flash,
                queue,
                queue,
                "The post was taken out of the group; its author was told.",
                () -> moderation.remove(me, c, id(statusId)));
    }

    static long signedIn(JuntoUserDetails user) {
        if (user == null) {
            throw JuntoException.unauthorized("Sign in first");
        }
        return user.accountId();
    }

    static long id(String value) {
        Long id = Ids.parseOrNull(value);
        if (id == null) {
            throw JuntoException.notFound();
        }
        return id;
    }
}
