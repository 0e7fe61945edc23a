package org.junto.web;

import org.junto.core.JuntoException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome of a plain form post as the next page shows it (POST-redirect-GET): a message saying what was done, or
 * why it was refused, carried over the redirect as a flash attribute ({@code flash} or {@code flashError}, shown by
 * the page frame). A refusal returns to the page the form was on; "not found" stays an error page, so a hidden thing
 * is not confirmed to exist.
 */
final class Flash {
    private Flash() {}

    /** What a form does; may refuse with a {@link JuntoException}. */
    interface Action {
        void run();
    }

    static String attempt(RedirectAttributes flash, String done, String back, String message, Action action) {
        try {
            action.run();
        } catch (JuntoException e) {
            if (e.kind() == JuntoException.Kind.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("flashError", reason(e));
            return "redirect:" + back;
        }
        if (message != null) {
            flash.addFlashAttribute("flash", message);
        }
        return "redirect:" + done;
    }

    static String reason(JuntoException e) {
        return e.getMessage().replaceFirst("^Validation failed: ", "");
    }
}
