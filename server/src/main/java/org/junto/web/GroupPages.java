package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.accounts.Accounts;
import org.junto.accounts.ProfileText;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.JoinRequestService;
import org.junto.groups.Kind;
import org.junto.groups.MemberList;
import org.junto.groups.MembershipService;
import org.junto.groups.Role;
import org.junto.security.JuntoUserDetails;
import org.junto.timelines.Timelines;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of groups and organizations: the directories, a group's or organization's page with its timeline and
 * compose box, its members, and the moderation queue. Every read goes through the groups read model and the
 * timelines, so a secret group is "not found" here exactly as in the APIs.
 */
@Controller
class GroupPages {
    private final Groups groups;
    private final Accounts accounts;
    private final Timelines timelines;
    private final StatusCards cards;
    private final MemberList members;
    private final JoinRequestService requests;
    private final GroupViews groupViews;
    private final MembershipService memberships;

    GroupPages(
            Groups groups,
            Accounts accounts,
            Timelines timelines,
            StatusCards cards,
            MemberList members,
            JoinRequestService requests,
            GroupViews groupViews,
            MembershipService memberships) {
        this.memberships = memberships;
        this.groups = groups;
        this.accounts = accounts;
        this.timelines = timelines;
        this.cards = cards;
        this.members = members;
        this.requests = requests;
        this.groupViews = groupViews;
    }

    @GetMapping({"/groups", "/organizations"})
    String directory(@AuthenticationPrincipal JuntoUserDetails user, HttpServletRequest request, Model model) {
        Long viewer = Viewer.of(user);
        Kind kind = kindOf(request);
        model.addAttribute("title", kind == Kind.GROUP ? "Groups" : "Organizations");
        model.addAttribute("kind", kind.apiName());
        model.addAttribute("all", views(groups.directory(kind, viewer, false, null, PageRequest.first(80)), viewer));
        model.addAttribute("mine", views(groups.directory(kind, viewer, true, null, PageRequest.first(80)), viewer));
        return "groups";
    }

    @GetMapping({"/groups/{handle}", "/organizations/{handle}"})
    String page(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(name = "max_id", required = false) String maxId,
            HttpServletRequest request,
            Model model) {
        Long viewer = Viewer.of(user);
        GroupView group = view(find(handle, viewer, request), viewer);
        Collective c = group.collective();
        Timelines.Page page = c.isGroup()
                ? timelines.group(c.id(), viewer, false, Listing.page(maxId))
                : timelines.organization(c.id(), viewer, Listing.page(maxId));
        model.addAttribute(
                "title", group.person().displayName() + " (" + group.person().handle() + ")");
        model.addAttribute("group", group);
        model.addAttribute(
                "noteHtml",
                ProfileText.noteHtml(accounts.byId(c.id()).orElseThrow().note()));
        model.addAttribute("empty", "Nothing has been posted here yet.");
        if (maxId == null) {
            model.addAttribute("liveQuery", "?group=" + c.id());
        }
        if (!c.isGroup()) {
            model.addAttribute(
                    "orgGroups",
                    views(groups.directory(Kind.GROUP, viewer, false, c.id(), PageRequest.first(80)), viewer));
        }
        Listing.fill(model, cards.cards(page.statuses(), viewer), page.cursors(), group.path(), false);
        return "group";
    }

    @GetMapping({"/groups/{handle}/members", "/organizations/{handle}/members"})
    String members(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            HttpServletRequest request,
            Model model) {
        Long viewer = Viewer.of(user);
        GroupView group = view(find(handle, viewer, request), viewer);
        model.addAttribute("title", "Members of " + group.person().displayName());
        model.addAttribute("group", group);
        Role mine = group.role() == null ? null : Role.valueOf(group.role().toUpperCase(java.util.Locale.ROOT));
        model.addAttribute(
                "people", people(members.page(viewer, group.collective().id(), PageRequest.first(80)), mine));
        model.addAttribute(
                "roles",
                java.util.Arrays.stream(Role.values())
                        .filter(r -> r != Role.OWNER
                                && r.belongsTo(group.collective().kind()))
                        .map(Role::apiName)
                        .toList());
        return "group-members";
    }

    @GetMapping({"/groups/{handle}/moderation", "/organizations/{handle}/moderation"})
    String moderation(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            HttpServletRequest request,
            Model model) {
        if (user == null) {
            return "redirect:/auth/sign_in";
        }
        GroupView group = view(find(handle, user.accountId(), request), user.accountId());
        Collective c = group.collective();
        model.addAttribute("title", "Moderation of " + group.person().displayName());
        model.addAttribute("group", group);
        model.addAttribute("requests", people(requests.pending(user.accountId(), c.id(), PageRequest.first(80)), null));
        var banned = memberships.bans(user.accountId(), c.id(), PageRequest.first(80));
        var bannedAccounts = accounts.byIds(
                banned.stream().map(org.junto.social.Listed::accountId).toList());
        model.addAttribute(
                "bans",
                banned.stream()
                        .filter(b -> bannedAccounts.containsKey(b.accountId()))
                        .map(b -> Person.of(bannedAccounts.get(b.accountId())))
                        .toList());
        Timelines.Page page = timelines.group(c.id(), user.accountId(), false, Listing.page(null));
        Listing.fill(model, cards.cards(page.statuses(), user.accountId()), page.cursors(), group.path(), false);
        return "group-moderation";
    }

    Collective find(String handle, Long viewer, HttpServletRequest request) {
        Kind kind = kindOf(request);
        return accounts.byUsername(handle)
                .flatMap(a -> groups.visibleTo(viewer, a.id()))
                .filter(c -> c.kind() == kind)
                .orElseThrow(JuntoException::notFound);
    }

    static Kind kindOf(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/organizations") ? Kind.ORGANIZATION : Kind.GROUP;
    }

    private GroupView view(Collective c, Long viewer) {
        return views(List.of(c), viewer).getFirst();
    }

    private List<GroupView> views(List<Collective> list, Long viewer) {
        return groupViews.of(list, viewer);
    }

    /** Rows of people; {@code mine} is the viewer's role, for which rows it may manage (null: none). */
    private List<MemberRow> people(List<org.junto.groups.Member> list, Role mine) {
        var found = accounts.byIds(
                list.stream().map(org.junto.groups.Member::accountId).toList());
        return list.stream()
                .filter(m -> found.containsKey(m.accountId()))
                .map(m -> new MemberRow(
                        Person.of(found.get(m.accountId())),
                        m.role().apiName(),
                        mine != null && mine.atLeast(Role.MODERATOR) && m.role().rank() < mine.rank()))
                .toList();
    }

    /** A row of a member list or of the join requests. */
    public record MemberRow(Person person, String role, boolean manageable) {}
}
