package org.junto.web;

import jakarta.servlet.http.HttpServletResponse;
import org.junto.core.JuntoException;
import org.junto.security.JuntoUserDetails;
import org.junto.statuses.EditStatusService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editing one's own post: a form with its source text; saving keeps the history (the core does) and shows it. */
@Controller
class EditController {
    private final EditStatusService editing;
    private final StatusCards cards;

    EditController(EditStatusService editing, StatusCards cards) {
        this.editing = editing;
        this.cards = cards;
    }

    @GetMapping("/statuses/{id}/edit")
    String form(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String id, Model model) {
        StatusCard card = own(user, id);
        model.addAttribute("title", "Edit post");
        model.addAttribute("c", card);
        model.addAttribute("text", card.source());
        model.addAttribute("spoilerText", card.spoilerText());
        return "edit";
    }

    @PostMapping("/statuses/{id}/edit")
    String save(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(name = "spoiler_text", defaultValue = "") String spoilerText,
            Model model,
            HttpServletResponse response) {
        StatusCard card = own(user, id);
        try {
            editing.edit(user.accountId(), card.id(), new EditStatusService.Edit(status, spoilerText, null, null));
        } catch (JuntoException e) {
            if (e.kind() == JuntoException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(422);
            model.addAttribute("title", "Edit post");
            model.addAttribute("c", card);
            model.addAttribute("text", status);
            model.addAttribute("spoilerText", spoilerText);
            model.addAttribute("error", e.getMessage().replaceFirst("^Validation failed: ", ""));
            return "edit";
        }
        return "redirect:" + card.path();
    }

    /** The viewer's own original post; anyone else's (or a boost) is "not found". */
    private StatusCard own(JuntoUserDetails user, String id) {
        return cards.card(user.accountId(), StatusButtons.parse(id))
                .filter(StatusCard::own)
                .filter(c -> c.entryId() == c.id())
                .orElseThrow(JuntoException::notFound);
    }
}
