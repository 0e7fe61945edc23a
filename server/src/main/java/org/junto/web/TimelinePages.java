package org.junto.web;

import java.util.List;
import org.junto.security.JuntoUserDetails;
import org.junto.social.TagFollows;
import org.junto.timelines.Timelines;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The status lists: home (or, for visitors, the landing page with the local timeline), the local timeline, a
 * hashtag, bookmarks and favourites. Each is a read from {@link Timelines}, filtered there by the visibility policy.
 */
@Controller
class TimelinePages {
    private final Timelines timelines;
    private final StatusCards cards;
    private final TagFollows tagFollows;

    TimelinePages(Timelines timelines, StatusCards cards, TagFollows tagFollows) {
        this.timelines = timelines;
        this.cards = cards;
        this.tagFollows = tagFollows;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if (user == null) {
            Timelines.Page page = timelines.publicTimeline(null, Listing.page(maxId));
            String fragment = show(model, page, null, "/public/local", Viewer.isHtmx(htmx) && maxId != null);
            return fragment != null ? fragment : "home";
        }
        Timelines.Page page = timelines.home(user.accountId(), Listing.page(maxId));
        model.addAttribute("compose", true);
        return list(
                model,
                page,
                user.accountId(),
                "/",
                htmx,
                maxId,
                "Home",
                "home",
                "Your home timeline is empty."
                        + " Follow people to see their posts here, or look at the local timeline.");
    }

    @GetMapping("/public/local")
    String local(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Long viewer = Viewer.of(user);
        Timelines.Page page = timelines.publicTimeline(viewer, Listing.page(maxId));
        return list(
                model,
                page,
                viewer,
                "/public/local",
                htmx,
                maxId,
                "Local timeline",
                "local",
                "Nobody here has posted in public yet.");
    }

    @GetMapping("/tags/{tag}")
    String tag(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String tag,
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Long viewer = Viewer.of(user);
        Timelines.Page page = timelines.tag(tag, viewer, Listing.page(maxId));
        if (viewer != null) {
            model.addAttribute("tagName", tag);
            model.addAttribute(
                    "tagFollowing",
                    !tagFollows.followedAmong(viewer, List.of(tag)).isEmpty());
        }
        String encoded = java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
        model.addAttribute("liveQuery", "?tag=" + encoded);
        return list(
                model,
                page,
                viewer,
                "/tags/" + encoded,
                htmx,
                maxId,
                "#" + tag,
                maxId == null ? "tag" : null,
                "No public posts with #" + tag + " yet.");
    }

    @GetMapping("/bookmarks")
    String bookmarks(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Timelines.Page page = timelines.bookmarks(user.accountId(), Listing.page(maxId));
        return list(
                model,
                page,
                user.accountId(),
                "/bookmarks",
                htmx,
                maxId,
                "Bookmarks",
                null,
                "You have not bookmarked any posts yet. The bookmark button under a post keeps it here.");
    }

    @GetMapping("/favourites")
    String favourites(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Timelines.Page page = timelines.favourites(user.accountId(), Listing.page(maxId));
        return list(
                model,
                page,
                user.accountId(),
                "/favourites",
                htmx,
                maxId,
                "Favourites",
                null,
                "You have not favourited any posts yet.");
    }

    private String list(
            Model model,
            Timelines.Page page,
            Long viewer,
            String path,
            String htmx,
            String maxId,
            String title,
            String liveEvent,
            String empty) {
        model.addAttribute("title", title);
        model.addAttribute("liveEvent", liveEvent);
        model.addAttribute("empty", empty);
        String fragment = show(model, page, viewer, path, Viewer.isHtmx(htmx) && maxId != null);
        return fragment != null ? fragment : "timeline";
    }

    private String show(Model model, Timelines.Page page, Long viewer, String path, boolean htmx) {
        return Listing.fill(model, cards.cards(page.statuses(), viewer), page.cursors(), path, htmx);
    }
}
