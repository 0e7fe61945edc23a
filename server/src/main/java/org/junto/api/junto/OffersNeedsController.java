package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junto.actions.OfferNeed;
import org.junto.actions.OffersNeeds;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.ApiParams;
import org.junto.api.mastodon.PageLinks;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Offers and needs: a list filtered by kind, state and topic (made by posting #offer / #need), and one by id. */
@RestController
@RequestMapping("/api/junto/v1/offers_needs")
class OffersNeedsController {
    private static final Set<String> KINDS = Set.of(OfferNeed.OFFER, OfferNeed.NEED);
    private static final Set<String> STATES = Set.of(OfferNeed.OPEN, OfferNeed.ACCEPTED, OfferNeed.FULFILLED);
    private final OffersNeeds offersNeeds;
    private final AccountRenderer accounts;
    private final PublicUrls urls;

    OffersNeedsController(OffersNeeds offersNeeds, AccountRenderer accounts, PublicUrls urls) {
        this.offersNeeds = offersNeeds;
        this.accounts = accounts;
        this.urls = urls;
    }

    @Params(
            paged = true,
            value = {
                @Params.Param(name = "kind", description = "offer or need"),
                @Params.Param(name = "state", description = "open or closed"),
                @Params.Param(name = "topic", description = "Only those with this hashtag")
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
                        : topic.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT));
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
                "topic");
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id, Caller caller) {
        return render(
                offersNeeds.visible(ApiParams.id(id), caller.viewer("read")).orElseThrow(JuntoException::notFound));
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
