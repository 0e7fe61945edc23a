package org.junto.web;

import java.util.List;
import org.junto.accounts.Accounts;
import org.junto.accounts.ProfileText;
import org.junto.core.JuntoException;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.Invitation;
import org.junto.groups.InvitationService;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /invite/CODE}: where a shareable invite link leads. Anyone holding the link sees which group it opens (a
 * secret one included: the link is the invitation) and, signed in, joins it; a link that has expired or is used up
 * says so.
 */
@Controller
class InvitePage {
    private final InvitationService invitations;
    private final Groups groups;
    private final GroupViews views;
    private final Accounts accounts;

    InvitePage(InvitationService invitations, Groups groups, GroupViews views, Accounts accounts) {
        this.invitations = invitations;
        this.groups = groups;
        this.views = views;
        this.accounts = accounts;
    }

    @GetMapping("/invite/{code}")
    String preview(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String code, Model model) {
        Invitation link = invitations.link(code);
        Collective c = groups.byId(link.collectiveId()).orElseThrow(JuntoException::notFound);
        GroupView group = views.of(List.of(c), Viewer.of(user)).getFirst();
        model.addAttribute("title", "Invitation to " + group.person().displayName());
        model.addAttribute("group", group);
        model.addAttribute("code", code);
        model.addAttribute(
                "noteHtml",
                ProfileText.noteHtml(accounts.byId(c.id()).orElseThrow().note()));
        boolean expired = link.expiresAt() != null && !java.time.Instant.now().isBefore(link.expiresAt());
        boolean usedUp = link.maxUses() != null && link.uses() >= link.maxUses();
        model.addAttribute(
                "closedReason",
                expired ? "This invitation has expired." : usedUp ? "This invitation has been used up." : null);
        return "invite";
    }

    @PostMapping("/invite/{code}")
    String accept(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String code, RedirectAttributes flash) {
        long me = GroupActions.signedIn(user);
        Invitation link = invitations.link(code);
        Collective c = groups.byId(link.collectiveId()).orElseThrow(JuntoException::notFound);
        String page = (c.isGroup() ? "/groups/" : "/organizations/")
                + accounts.byId(c.id()).orElseThrow().username();
        return Flash.attempt(
                flash, page, "/invite/" + code, "Welcome: you are a member now.", () -> invitations.accept(me, code));
    }
}
