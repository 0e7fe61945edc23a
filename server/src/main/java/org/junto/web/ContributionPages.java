package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.contributions.ContributionCalendar;
import org.junto.contributions.ContributionLog;
import org.junto.contributions.RelationshipStrengths;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Contributions on the web: a profile's year of contributions (an SVG heatmap with a text alternative), counts by
 * type and top collaborators; a group's top contributors and its relationship graph. Contributions made inside a
 * closed or secret group count only for viewers who may see that group's content.
 */
@Controller
class ContributionPages {
    private final ProfilePages profiles;
    private final GroupPages groupPages;
    private final GroupViews groupViews;
    private final ContributionLog log;
    private final ContributionCalendar calendar;
    private final RelationshipStrengths strengths;
    private final Accounts accounts;
    private final Groups groups;

    ContributionPages(
            ProfilePages profiles,
            GroupPages groupPages,
            GroupViews groupViews,
            ContributionLog log,
            ContributionCalendar calendar,
            RelationshipStrengths strengths,
            Accounts accounts,
            Groups groups) {
        this.profiles = profiles;
        this.groupPages = groupPages;
        this.groupViews = groupViews;
        this.log = log;
        this.calendar = calendar;
        this.strengths = strengths;
        this.accounts = accounts;
        this.groups = groups;
    }

    /** A collaborator as the profile shows them. */
    public record CollaboratorView(Person person, RelationshipStrengths.Collaborator figures) {
        public String strength() {
            return String.format(java.util.Locale.ROOT, "%.1f", figures.strength());
        }

        public long reciprocityPercent() {
            return Math.round(figures.reciprocity() * 100);
        }
    }

    /** A group's contributor as the page shows them. */
    public record ContributorView(Person person, ContributionLog.Contributor figures) {
        public String weight() {
            return String.format(java.util.Locale.ROOT, "%.1f", figures.weight());
        }
    }

    @GetMapping("/@{username}/contributions")
    String profile(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String username, Model model) {
        Account account = profiles.profile(user, username, model);
        Long viewer = Viewer.of(user);
        model.addAttribute("tab", "contributions");
        model.addAttribute("heatmap", ContributionHeatmap.of(calendar.lastDays(account.id(), 365, viewer)));
        model.addAttribute(
                "byType",
                log.countsByType(account.id(), viewer).entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .toList());
        var top = strengths.top(account.id(), 10, Instant.now(), viewer).stream()
                .filter(c -> !groups.hiddenFrom(viewer, c.accountId()))
                .toList();
        Map<Long, Account> found = accounts.byIds(
                top.stream().map(RelationshipStrengths.Collaborator::accountId).toList());
        model.addAttribute(
                "collaborators",
                top.stream()
                        .filter(c -> found.containsKey(c.accountId()))
                        .map(c -> new CollaboratorView(Person.of(found.get(c.accountId())), c))
                        .toList());
        return "profile-contributions";
    }

    @GetMapping("/groups/{handle}/contributors")
    String group(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            HttpServletRequest request,
            Model model) {
        Long viewer = Viewer.of(user);
        Collective c = groupPages.find(handle, viewer, request);
        GroupView group = groupViews.of(List.of(c), viewer).getFirst();
        model.addAttribute("title", "Contributors of " + group.person().displayName());
        model.addAttribute("group", group);
        boolean visible = log.groupVisible(c.id(), viewer);
        model.addAttribute("visible", visible);
        List<ContributionLog.Contributor> top = visible ? log.topInGroup(c.id(), 10) : List.of();
        List<RelationshipStrengths.Edge> edges = visible ? strengths.inGroup(c.id(), 30, Instant.now()) : List.of();
        Set<Long> ids = new HashSet<>();
        top.forEach(t -> ids.add(t.accountId()));
        edges.forEach(e -> {
            ids.add(e.a());
            ids.add(e.b());
        });
        Map<Long, Person> people = new java.util.HashMap<>();
        accounts.byIds(new ArrayList<>(ids)).forEach((id, a) -> people.put(id, Person.of(a)));
        model.addAttribute(
                "contributors",
                top.stream()
                        .filter(t -> people.containsKey(t.accountId()))
                        .map(t -> new ContributorView(people.get(t.accountId()), t))
                        .toList());
        model.addAttribute("graph", RelationshipGraph.of(edges, people));
        return "group-contributors";
    }
}
