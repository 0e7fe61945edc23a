package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.security.JuntoUserDetails;
import org.junto.statuses.StatusInteractions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Favourite, boost and bookmark buttons and their undos. With htmx the answer is the refreshed action bar (counts and
 * pressed states as stored now); without JavaScript, a redirect back to the page the button was on.
 */
@Controller
class StatusButtons {
    private final StatusInteractions interactions;
    private final StatusCards cards;

    StatusButtons(StatusInteractions interactions, StatusCards cards) {
        this.interactions = interactions;
        this.cards = cards;
    }

    @PostMapping("/statuses/{id}/{action:favourite|unfavourite|reblog|unreblog|bookmark|unbookmark}")
    String act(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String id,
            @PathVariable String action,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model) {
        long actor = user.accountId();
        long statusId = parse(id);
        long original = switch (action) {
            case "favourite" -> interactions.favourite(actor, statusId).id();
            case "unfavourite" -> interactions.unfavourite(actor, statusId).id();
            case "reblog" -> interactions.reblog(actor, statusId, null).reblogOfId();
            case "unreblog" -> interactions.unreblog(actor, statusId).id();
            case "bookmark" -> interactions.bookmark(actor, statusId).id();
            default -> interactions.unbookmark(actor, statusId).id();
        };
        if (!Viewer.isHtmx(htmx)) {
            return Back.to(request, "/");
        }
        model.addAttribute("c", cards.card(actor, original).orElseThrow(JuntoException::notFound));
        return "fragments/status :: statusActions";
    }

    static long parse(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw JuntoException.notFound();
        }
        return parsed;
    }
}
