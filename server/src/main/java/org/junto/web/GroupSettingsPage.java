package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.core.JuntoException;
import org.junto.groups.Collective;
import org.junto.groups.Invitation;
import org.junto.groups.InvitationService;
import org.junto.groups.Role;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A group's (or organization's) settings page, for its members: what each may do there depends on the role (members
 * invite to a public group; moderators invite to any and manage links; admins edit the profile and privacy; the owner
 * transfers and deletes). The forms post to {@link GroupManagement}.
 */
@Controller
class GroupSettingsPage {
    private final GroupPages pages;
    private final GroupViews views;
    private final Accounts accounts;
    private final InvitationService invitations;

    GroupSettingsPage(GroupPages pages, GroupViews views, Accounts accounts, InvitationService invitations) {
        this.pages = pages;
        this.views = views;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    /** An invitation as the settings page lists it: a link's uses and expiry, or the account invited. */
    public record InvitationRow(
            long id, Person invitee, Integer maxUses, int uses, Instant expiresAt, boolean expired) {
        public boolean link() {
            return invitee == null;
        }
    }

    @GetMapping({"/groups/{handle}/settings", "/organizations/{handle}/settings"})
    String settings(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            HttpServletRequest request,
            Model model) {
        if (user == null) {
            return "redirect:/auth/sign_in";
        }
        long me = user.accountId();
        Collective c = pages.find(handle, me, request);
        GroupView group = views.of(List.of(c), me).getFirst();
        if (!group.member()) {
            throw JuntoException.forbidden("Only members may open its settings");
        }
        Role role = Role.valueOf(group.role().toUpperCase(java.util.Locale.ROOT));
        Account account = accounts.byId(c.id()).orElseThrow(JuntoException::notFound);
        model.addAttribute("title", "Settings of " + group.person().displayName());
        model.addAttribute("group", group);
        model.addAttribute("note", account.note() == null ? "" : account.note());
        model.addAttribute("displayName", account.displayName() == null ? "" : account.displayName());
        model.addAttribute("admin", role.atLeast(Role.ADMIN));
        model.addAttribute("owner", role == Role.OWNER);
        model.addAttribute("canInvite", role.atLeast(Role.MODERATOR) || c.privacy() == org.junto.groups.Privacy.PUBLIC);
        model.addAttribute(
                "invitations", role.atLeast(Role.MODERATOR) ? rows(invitations.ofCollective(me, c.id())) : null);
        return "group-settings";
    }

    private List<InvitationRow> rows(List<Invitation> list) {
        var people = accounts.byIds(list.stream()
                .map(Invitation::inviteeId)
                .filter(java.util.Objects::nonNull)
                .toList());
        Instant now = Instant.now();
        return list.stream()
                .filter(i -> i.isLink() || people.containsKey(i.inviteeId()))
                .map(i -> new InvitationRow(
                        i.id(),
                        i.isLink() ? null : Person.of(people.get(i.inviteeId())),
                        i.maxUses(),
                        i.uses(),
                        i.expiresAt(),
                        i.expiresAt() != null && !now.isBefore(i.expiresAt())))
                .toList();
    }
}
