package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.security.JuntoUserDetails;
import org.junto.statuses.DeleteStatusService;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Posting and deleting. With htmx a new post answers with its card (the page puts it at the top of the list) and a
 * rejected one with the reason next to the form; without JavaScript a post redirects (POST-redirect-GET) and a
 * rejected one shows the form again, text kept, with the reason.
 */
@Controller
class ComposeController {
    private final PostStatusService posting;
    private final DeleteStatusService deleting;
    private final StatusCards cards;

    ComposeController(PostStatusService posting, DeleteStatusService deleting, StatusCards cards) {
        this.posting = posting;
        this.deleting = deleting;
        this.cards = cards;
    }

    @PostMapping("/statuses")
    String post(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(name = "spoiler_text", defaultValue = "") String spoilerText,
            @RequestParam(defaultValue = "public") String visibility,
            @RequestParam(name = "in_reply_to_id", required = false) String inReplyToId,
            @RequestParam(name = "idempotency_key", required = false) String idempotencyKey,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        Long replyTo = inReplyToId == null || inReplyToId.isBlank() ? null : Ids.parseOrNull(inReplyToId);
        Status posted;
        try {
            posted = posting.post(
                    user.accountId(),
                    new PostStatusService.NewStatus(
                            status,
                            spoilerText,
                            Visibility.fromApi(visibility),
                            null,
                            null,
                            replyTo,
                            null,
                            idempotencyKey));
        } catch (JuntoException e) {
            if (e.kind() == JuntoException.Kind.NOT_FOUND) {
                throw e;
            }
            String reason = e.getMessage().replaceFirst("^Validation failed: ", "");
            response.setStatus(422);
            model.addAttribute("error", reason);
            if (Viewer.isHtmx(htmx)) {
                response.setHeader("HX-Retarget", "#compose-error");
                response.setHeader("HX-Reswap", "innerHTML");
                return "fragments/compose :: error";
            }
            model.addAttribute("title", "New post");
            model.addAttribute("form", new ComposeForm(status, spoilerText, visibility, replyTo));
            return "compose";
        }
        if (Viewer.isHtmx(htmx)) {
            response.setHeader("HX-Trigger", "junto:posted");
            model.addAttribute("c", cards.card(user.accountId(), posted.id()).orElseThrow());
            return "fragments/status :: card";
        }
        if (replyTo != null) {
            StatusCard card = cards.card(user.accountId(), posted.id()).orElseThrow();
            return "redirect:" + card.path();
        }
        return "redirect:/";
    }

    @PostMapping("/statuses/{id}/delete")
    String delete(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response) {
        Status deleted = deleting.delete(user.accountId(), StatusButtons.parse(id));
        if (Viewer.isHtmx(htmx)) {
            return "fragments/status :: removed";
        }
        String back = Back.to(request, "/");
        // Returning to the page of the post just deleted would be a 404.
        return back.endsWith("/" + deleted.id()) ? "redirect:/" : back;
    }

    /** What the person typed, to show again after a rejected post. */
    record ComposeForm(String status, String spoilerText, String visibility, Long inReplyToId) {}
}
