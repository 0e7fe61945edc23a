package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junto.actions.OfferNeed;
import org.junto.actions.OffersNeeds;
import org.junto.actions.RespondToOfferNeedService;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.ApiParams;
import org.junto.api.mastodon.PageLinks;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.matching.OfferNeedMatcher;
import org.junto.matching.Suggestion;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers and needs: a list filtered by kind, state, topic and group (made by posting #offer / #need), one by id, its
 * matches, and accepting or withdrawing one (which post the same {@code #accept} / {@code #withdraw} reply a client
 * would).
 */
@RestController
@RequestMapping("/api/junto/v1/offers_needs")
class OffersNeedsController {
    private static final Set<String> KINDS = Set.of(OfferNeed.OFFER, OfferNeed.NEED);
    private static final Set<String> STATES =
            Set.of(OfferNeed.OPEN, OfferNeed.ACCEPTED, OfferNeed.FULFILLED, OfferNeed.WITHDRAWN);
    private final OffersNeeds offersNeeds;
    private final OfferNeedMatcher matcher;
    private final RespondToOfferNeedService respond;
    private final AccountRenderer accounts;
    private final PublicUrls urls;

    OffersNeedsController(
            OffersNeeds offersNeeds,
            OfferNeedMatcher matcher,
            RespondToOfferNeedService respond,
            AccountRenderer accounts,
            PublicUrls urls) {
        this.offersNeeds = offersNeeds;
        this.matcher = matcher;
        this.respond = respond;
        this.accounts = accounts;
        this.urls = urls;
    }

    @Params(
            paged = true,
            value = {
                @Params.Param(name = "kind", description = "offer or need"),
                @Params.Param(name = "state", description = "open or closed"),
                @Params.Param(name = "topic", description = "Only those with this hashtag"),
                @Params.Param(name = "group_id", description = "Only those placed in this group")
            })
    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(Caller caller, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        PageRequest page = params.page(20, 40);
        String topic = params.get("topic");
        var filter = new OffersNeeds.Filter(
                oneOf(params.get("kind"), KINDS, "kind"),
                oneOf(params.get("state"), STATES, "state"),
                topic == null || topic.isBlank()
                        ? null
                        : topic.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT),
                params.has("group_id") ? ApiParams.id(params.get("group_id")) : null);
        List<OfferNeed> rows = offersNeeds.page(viewer, filter, page);
        return PageLinks.respond(
                rows.stream().map(this::render).toList(),
                urls,
                request,
                PageLinks.Cursors.of(rows, OfferNeed::id, page.limit()),
                "min_id",
                "limit",
                "kind",
                "state",
                "topic",
                "group_id");
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id, Caller caller) {
        return render(
                offersNeeds.visible(ApiParams.id(id), caller.viewer("read")).orElseThrow(JuntoException::notFound));
    }

    /**
     * Matches: for a need, open offers ({@code items}) and people whose past fits ({@code people}); for an offer, the
     * open needs it could meet. Each with its score and the parts that explain it.
     */
    @Params(
            @Params.Param(
                    name = "limit",
                    type = "integer",
                    description = "How many suggestions (default 5, at most 20)"))
    @GetMapping("/{id}/matches")
    Map<String, Object> matches(@PathVariable String id, Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read");
        OfferNeed item = offersNeeds.visible(ApiParams.id(id), viewer).orElseThrow(JuntoException::notFound);
        int limit = params.limit(5, 20);
        return Map.of(
                "items",
                        matcher.items(item, viewer, limit).stream()
                                .map(this::render)
                                .toList(),
                "people",
                        matcher.people(item, viewer, limit).stream()
                                .map(this::render)
                                .toList());
    }

    @Params(@Params.Param(name = "note", description = "A few words for the reply that accepts (no action hashtags)"))
    @PostMapping("/{id}/accept")
    Map<String, Object> accept(@PathVariable String id, Caller caller, ApiParams params) {
        long me = caller.requireUser("write");
        return render(respond.accept(me, ApiParams.id(id), params.get("note")));
    }

    @PostMapping("/{id}/withdraw")
    Map<String, Object> withdraw(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write");
        return render(respond.withdraw(me, ApiParams.id(id)));
    }

    private Map<String, Object> render(Suggestion s) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (s.item() != null) {
            out.put("offer_need", render(s.item()));
        }
        out.put("account", accounts.render(s.accountId()));
        out.put("score", ContributionsController.round(s.score()));
        out.put("strong", s.strong());
        out.put("shared_topics", s.sharedTopics());
        out.put("topic_overlap", ContributionsController.round(s.topicOverlap()));
        out.put("relationship_strength", ContributionsController.round(s.strength()));
        out.put("helped_before", s.helpedBefore());
        return out;
    }

    private Map<String, Object> render(OfferNeed o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", Long.toString(o.id()));
        out.put("kind", o.kind());
        out.put("title", o.title());
        out.put("state", o.state());
        out.put("account", accounts.render(o.authorId()));
        out.put("topics", o.topics());
        out.put("status_id", Long.toString(o.originStatusId()));
        out.put("group_id", TaskRenderer.id(o.groupId()));
        out.put("task_id", TaskRenderer.id(o.taskId()));
        out.put("helper_id", TaskRenderer.id(o.helperId()));
        out.put("helped_id", TaskRenderer.id(o.helpedId()));
        out.put("created_at", TaskRenderer.time(o.createdAt()));
        out.put("updated_at", TaskRenderer.time(o.updatedAt()));
        return out;
    }

    private static String oneOf(String value, Set<String> allowed, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw JuntoException.invalid("Validation failed: " + name + " must be one of " + allowed);
        }
        return v;
    }
}
