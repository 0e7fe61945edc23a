package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.actions.OfferNeed;
import org.junto.actions.OffersNeeds;
import org.junto.actions.RespondToOfferNeedService;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.groups.Collective;
import org.junto.matching.OfferNeedMatcher;
import org.junto.matching.Suggestion;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Offers and needs on the web: the community's open ones and a group's (filter by kind and topic, older ones by a
 * "more" link), one offer or need with its matches, and the accept and withdraw forms, which post the same replies a
 * Mastodon client would. Every read goes through the one visibility policy, so one posted in a closed group is shown
 * to its members only.
 */
@Controller
class OffersNeedsPages {
    private final OffersNeeds offersNeeds;
    private final OfferNeedMatcher matcher;
    private final RespondToOfferNeedService respond;
    private final Accounts accounts;
    private final GroupPages groupPages;
    private final GroupViews groupViews;

    OffersNeedsPages(
            OffersNeeds offersNeeds,
            OfferNeedMatcher matcher,
            RespondToOfferNeedService respond,
            Accounts accounts,
            GroupPages groupPages,
            GroupViews groupViews) {
        this.offersNeeds = offersNeeds;
        this.matcher = matcher;
        this.respond = respond;
        this.accounts = accounts;
        this.groupPages = groupPages;
        this.groupViews = groupViews;
    }

    @GetMapping("/offers_needs")
    String community(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String topic,
            @RequestParam(name = "max_id", required = false) String maxId,
            Model model) {
        model.addAttribute("title", "Offers and needs");
        list(model, Viewer.of(user), kind, topic, maxId, null, "/offers_needs");
        return "offers-needs";
    }

    @GetMapping("/groups/{handle}/offers_needs")
    String group(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String handle,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String topic,
            @RequestParam(name = "max_id", required = false) String maxId,
            HttpServletRequest request,
            Model model) {
        Long viewer = Viewer.of(user);
        Collective c = groupPages.find(handle, viewer, request);
        GroupView group = groupViews.of(List.of(c), viewer).getFirst();
        model.addAttribute("title", "Offers and needs in " + group.person().displayName());
        model.addAttribute("group", group);
        list(model, viewer, kind, topic, maxId, c.id(), group.path() + "/offers_needs");
        return "offers-needs";
    }

    @GetMapping("/offers_needs/{id:[0-9]+}")
    String one(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable long id, Model model) {
        Long viewer = Viewer.of(user);
        OfferNeed item = offersNeeds.visible(id, viewer).orElseThrow(JuntoException::notFound);
        OfferNeedView view =
                OfferNeedView.of(List.of(item), accounts).stream().findFirst().orElseThrow(JuntoException::notFound);
        model.addAttribute("title", view.label() + ": " + item.title());
        model.addAttribute("o", view);
        model.addAttribute("mine", viewer != null && viewer == item.authorId());
        model.addAttribute("helper", person(item.helperId()));
        model.addAttribute("helped", person(item.helpedId()));
        model.addAttribute("matches", suggestions(matcher.items(item, viewer, 5)));
        model.addAttribute("people", suggestions(matcher.people(item, viewer, 5)));
        return "offer-need";
    }

    @PostMapping("/offers_needs/{id:[0-9]+}/accept")
    String accept(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note) {
        respond.accept(signedIn(user), id, note);
        return "redirect:/offers_needs/" + id;
    }

    @PostMapping("/offers_needs/{id:[0-9]+}/withdraw")
    String withdraw(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable long id) {
        respond.withdraw(signedIn(user), id);
        return "redirect:/offers_needs/" + id;
    }

    /** A suggestion as the page shows it: the other offer or need (or none for a person), the person, the score. */
    public record SuggestionView(OfferNeedView item, Person person, Suggestion suggestion) {
        public long percent() {
            return Math.round(suggestion.score() * 100);
        }
    }

    private void list(Model model, Long viewer, String kind, String topic, String maxId, Long groupId, String path) {
        String k = kind == null || kind.isBlank() ? null : kind.strip().toLowerCase(Locale.ROOT);
        if (k != null && !k.equals(OfferNeed.OFFER) && !k.equals(OfferNeed.NEED)) {
            throw JuntoException.invalid("Validation failed: kind must be offer or need");
        }
        String t = topic == null || topic.isBlank()
                ? null
                : topic.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        PageRequest page = Listing.page(maxId);
        List<OfferNeed> rows = offersNeeds.page(viewer, new OffersNeeds.Filter(k, OfferNeed.OPEN, t, groupId), page);
        model.addAttribute("items", OfferNeedView.of(rows, accounts));
        model.addAttribute("kind", k == null ? "" : k);
        model.addAttribute("topic", t == null ? "" : t);
        model.addAttribute("path", path);
        String query = path + "?kind=" + (k == null ? "" : k) + "&topic="
                + java.net.URLEncoder.encode(t == null ? "" : t, java.nio.charset.StandardCharsets.UTF_8);
        model.addAttribute(
                "next",
                rows.size() < Listing.PAGE_SIZE
                        ? null
                        : query + "&max_id=" + rows.getLast().id());
    }

    private List<SuggestionView> suggestions(List<Suggestion> list) {
        Map<Long, Account> found =
                accounts.byIds(list.stream().map(Suggestion::accountId).toList());
        return list.stream()
                .filter(s -> found.containsKey(s.accountId()))
                .map(s -> new SuggestionView(
                        s.item() == null ? null : new OfferNeedView(s.item(), Person.of(found.get(s.accountId()))),
                        Person.of(found.get(s.accountId())),
                        s))
                .toList();
    }

    private Person person(Long id) {
        return id == null ? null : accounts.byId(id).map(Person::of).orElse(null);
    }

    private static long signedIn(JuntoUserDetails user) {
        if (user == null) {
            throw JuntoException.unauthorized("Sign in first");
        }
        return user.accountId();
    }
}
