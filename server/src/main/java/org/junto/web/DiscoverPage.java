package org.junto.web;

import java.util.List;
import org.junto.accounts.Accounts;
import org.junto.groups.GroupTrends;
import org.junto.security.JuntoUserDetails;
import org.junto.timelines.TagTrends;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Discover: hashtags and groups alive this week, and the people who chose to be listed in the directory. */
@Controller
class DiscoverPage {
    private final TagTrends tags;
    private final GroupTrends groupTrends;
    private final GroupViews groupViews;
    private final Accounts accounts;

    DiscoverPage(TagTrends tags, GroupTrends groupTrends, GroupViews groupViews, Accounts accounts) {
        this.tags = tags;
        this.groupTrends = groupTrends;
        this.groupViews = groupViews;
        this.accounts = accounts;
    }

    /** A trending hashtag as the page shows it: name and how many people used it this week. */
    record TrendingTag(String name, long people) {}

    @GetMapping("/discover")
    String discover(@AuthenticationPrincipal JuntoUserDetails user, Model model) {
        Long viewer = Viewer.of(user);
        model.addAttribute("title", "Discover");
        model.addAttribute(
                "tags",
                tags.trending(10, 0).stream()
                        .map(t -> new TrendingTag(
                                t.name(),
                                t.history().stream()
                                        .mapToLong(TagTrends.Day::accounts)
                                        .sum()))
                        .toList());
        var trending = groupTrends.trending(viewer, 10, 0);
        model.addAttribute(
                "groups",
                groupViews.of(
                        trending.stream().map(GroupTrends.TrendingGroup::group).toList(), viewer));
        List<Person> people = accounts.directory(viewer, false, 40, 0).stream()
                .map(Person::of)
                .toList();
        model.addAttribute("people", people);
        return "discover";
    }
}
