package org.junto.web;

import java.util.List;
import org.junto.accounts.Account;
import org.junto.accounts.AccountStats;
import org.junto.accounts.Accounts;
import org.junto.accounts.ProfileText;
import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.JuntoUserDetails;
import org.junto.social.Follows;
import org.junto.social.Listed;
import org.junto.social.Relationships;
import org.junto.timelines.Timelines;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's profile with their posts (or posts and replies), and their followers and following lists. */
@Controller
class ProfilePages {
    private final Accounts accounts;
    private final AccountStats counts;
    private final Relationships relationships;
    private final Follows follows;
    private final Timelines timelines;
    private final StatusCards cards;
    private final Groups groups;

    ProfilePages(
            Accounts accounts,
            AccountStats counts,
            Relationships relationships,
            Follows follows,
            Timelines timelines,
            StatusCards cards,
            Groups groups) {
        this.groups = groups;
        this.accounts = accounts;
        this.counts = counts;
        this.relationships = relationships;
        this.follows = follows;
        this.timelines = timelines;
        this.cards = cards;
    }

    /** Field values may carry links; they are made safe by the core's profile text rendering. */
    public record Field(String name, String valueHtml) {}

    @GetMapping({"/@{username}", "/@{username}/with_replies"})
    String posts(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String username,
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        Account account = profile(user, username, model);
        boolean withReplies = request.getRequestURI().endsWith("/with_replies");
        Long viewer = Viewer.of(user);
        Timelines.Page page = timelines.account(
                account.id(),
                viewer,
                new Timelines.AccountFilter(!withReplies, false, false, null),
                Listing.page(maxId));
        model.addAttribute("tab", withReplies ? "replies" : "posts");
        String path = "/@" + account.username() + (withReplies ? "/with_replies" : "");
        String fragment = Listing.fill(
                model,
                cards.cards(page.statuses(), viewer),
                page.cursors(),
                path,
                Viewer.isHtmx(htmx) && maxId != null);
        return fragment != null ? fragment : "profile";
    }

    @GetMapping({"/@{username}/followers", "/@{username}/following"})
    String people(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String username,
            @RequestParam(name = "max_id", required = false) String maxId,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        Account account = profile(user, username, model);
        boolean followers = request.getRequestURI().endsWith("/followers");
        List<Listed> listed = followers
                ? follows.followers(account.id(), Listing.page(maxId))
                : follows.following(account.id(), Listing.page(maxId));
        var found = accounts.byIds(listed.stream().map(Listed::accountId).toList());
        model.addAttribute("tab", followers ? "followers" : "following");
        model.addAttribute(
                "people",
                listed.stream()
                        .filter(l -> found.containsKey(l.accountId()))
                        .map(l -> Person.of(found.get(l.accountId())))
                        .toList());
        model.addAttribute(
                "next",
                listed.size() < Listing.PAGE_SIZE
                        ? null
                        : "/@" + account.username() + "/" + (followers ? "followers" : "following") + "?max_id="
                                + listed.getLast().cursor());
        return "people";
    }

    Account profile(JuntoUserDetails user, String username, Model model) {
        Account account = accounts.byUsername(username)
                .filter(a -> !groups.hiddenFrom(Viewer.of(user), a.id()))
                .orElseThrow(JuntoException::notFound);
        Person person = Person.of(account);
        model.addAttribute("title", person.displayName() + " (" + person.handle() + ")");
        model.addAttribute("person", person);
        model.addAttribute("noteHtml", ProfileText.noteHtml(account.note()));
        model.addAttribute(
                "fields",
                account.fields().stream()
                        .map(f -> new Field(f.name(), ProfileText.fieldValueHtml(f.value())))
                        .toList());
        model.addAttribute("counts", counts.of(account.id()));
        model.addAttribute("joined", account.createdAt());
        boolean self = user != null && user.accountId() == account.id();
        model.addAttribute("self", self);
        model.addAttribute(
                "relationship", user == null || self ? null : relationships.of(user.accountId(), account.id()));
        return account;
    }
}
