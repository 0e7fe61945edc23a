package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.junto.accounts.Accounts;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.groups.Collective;
import org.junto.groups.Invitation;
import org.junto.groups.InvitationService;
import org.junto.groups.ManageCollectiveService;
import org.junto.groups.MembershipService;
import org.junto.groups.Privacy;
import org.junto.groups.Role;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a group's (or organization's) settings, members and moderation pages: profile and privacy, roles,
 * removal, bans, invitations and invite links, transfer of ownership and deletion. Each calls the same service the
 * Junto API calls, so the role rules are the same; each redirects back with a flash message saying what happened.
 */
@Controller
@RequestMapping({"/groups/{handle}", "/organizations/{handle}"})
class GroupManagement {
    private final GroupPages pages;
    private final Accounts accounts;
    private final ManageCollectiveService managing;
    private final MembershipService memberships;
    private final InvitationService invitations;
    private final PublicUrls urls;

    GroupManagement(
            GroupPages pages,
            Accounts accounts,
            ManageCollectiveService managing,
            MembershipService memberships,
            InvitationService invitations,
            PublicUrls urls) {
        this.pages = pages;
        this.accounts = accounts;
        this.managing = managing;
        this.memberships = memberships;
        this.invitations = invitations;
        this.urls = urls;
    }

    @PostMapping("/settings")
    String settings(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(name = "display_name", defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String rules,
            @RequestParam(required = false) String privacy,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String settings = path(request, handle, "/settings");
        return Flash.attempt(
                flash,
                settings,
                settings,
                "Settings saved.",
                () -> managing.update(
                        me,
                        c.id(),
                        new ManageCollectiveService.Change(displayName, note, rules, Privacy.fromApi(privacy, null))));
    }

    @PostMapping("/invitations")
    String invite(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String account,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String back = path(request, handle, "/settings");
        return Flash.attempt(
                flash,
                back,
                back,
                "Invited @" + bare(account) + ".",
                () -> invitations.invite(me, c.id(), named(account)));
    }

    /** Makes a link; its code is shown once, in the flash message (only its hash is kept). */
    @PostMapping("/invite_links")
    String link(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(name = "max_uses", required = false) String maxUses,
            @RequestParam(name = "expires_in", required = false) String expiresIn,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String back = path(request, handle, "/settings");
        return Flash.attempt(flash, back, back, null, () -> {
            Invitation made = invitations.createLink(me, c.id(), number(maxUses, "max_uses"), seconds(expiresIn));
            flash.addFlashAttribute("flash", "Invite link made. Copy it now: it is shown only once.");
            flash.addFlashAttribute("inviteLink", urls.of("/invite/" + made.code()));
        });
    }

    @PostMapping("/invitations/{invitationId}/revoke")
    String revoke(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String invitationId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String back = path(request, handle, "/settings");
        return Flash.attempt(
                flash,
                back,
                back,
                "Invitation revoked.",
                () -> invitations.revoke(me, c.id(), GroupActions.id(invitationId)));
    }

    @PostMapping("/members/{accountId}/{action:role|remove|ban}")
    String member(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String accountId,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String role,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        long target = GroupActions.id(accountId);
        String name = accounts.byId(target).map(a -> "@" + a.username()).orElse("The account");
        String back = path(request, handle, "/members");
        return switch (action) {
            case "role" ->
                Flash.attempt(
                        flash,
                        back,
                        back,
                        name + " is now " + role.strip() + ".",
                        () -> memberships.setRole(me, c.id(), target, Role.assignable(role, c.kind())));
            case "remove" ->
                Flash.attempt(flash, back, back, name + " was removed.", () -> memberships.remove(me, c.id(), target));
            default ->
                Flash.attempt(flash, back, back, name + " was banned.", () -> memberships.ban(me, c.id(), target));
        };
    }

    /** Bans an account by its handle, member or not. */
    @PostMapping("/bans")
    String ban(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String account,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String back = path(request, handle, "/moderation");
        return Flash.attempt(
                flash,
                back,
                back,
                "@" + bare(account) + " was banned.",
                () -> memberships.ban(me, c.id(), named(account)));
    }

    @PostMapping("/bans/{accountId}/unban")
    String unban(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @PathVariable String accountId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String back = path(request, handle, "/moderation");
        return Flash.attempt(
                flash,
                back,
                back,
                "The ban was lifted.",
                () -> memberships.unban(me, c.id(), GroupActions.id(accountId)));
    }

    @PostMapping("/transfer")
    String transfer(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String account,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        String back = path(request, handle, "/settings");
        return Flash.attempt(
                flash,
                path(request, handle, ""),
                back,
                "@" + bare(account) + " is the owner now; you stay an admin.",
                () -> memberships.transfer(me, c.id(), named(account)));
    }

    /** Deletes the group with its posts; {@code confirm} must repeat the handle. */
    @PostMapping("/delete")
    String delete(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Collective c = pages.find(handle, me, request);
        return Flash.attempt(
                flash,
                directory(request),
                path(request, handle, "/settings"),
                "@" + handle + " was deleted with its posts.",
                () -> managing.delete(me, c.id(), confirm));
    }

    /** The account a form names by handle ({@code name}, {@code @name} or {@code @name@this.domain}). */
    private long named(String handle) {
        String name = bare(handle);
        int at = name.indexOf('@');
        if (at >= 0 && urls.isLocal(name.substring(at + 1))) {
            name = name.substring(0, at);
        }
        String username = name;
        return accounts.byUsername(username)
                .map(org.junto.accounts.Account::id)
                .orElseThrow(() -> JuntoException.invalid("Nobody here is called @" + username));
    }

    private static String bare(String handle) {
        return handle == null ? "" : handle.strip().replaceFirst("^[@!]", "");
    }

    private static Integer number(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw JuntoException.invalid(name.replace('_', ' ') + " must be a whole number");
        }
    }

    private static Duration seconds(String value) {
        Integer n = number(value, "expires_in");
        return n == null || n == 0 ? null : Duration.ofSeconds(n);
    }

    /** {@code /groups} or {@code /organizations}, as the request's path says. */
    static String directory(HttpServletRequest request) {
        return GroupPages.kindOf(request) == org.junto.groups.Kind.GROUP ? "/groups" : "/organizations";
    }

    static String path(HttpServletRequest request, String handle, String suffix) {
        return (GroupPages.kindOf(request) == org.junto.groups.Kind.GROUP ? "/groups/" : "/organizations/")
                + handle
                + suffix;
    }
}
