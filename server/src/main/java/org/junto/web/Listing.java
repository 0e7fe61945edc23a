package org.junto.web;

import java.util.List;
import org.junto.core.PageRequest;
import org.springframework.ui.Model;

/**
 * Fills a page's model with one page of cards and the "load more" address, which continues from the last cursor.
 * htmx asks for the next page with {@code HX-Request}; it gets only the items fragment, which it puts in place of the
 * "load more" link.
 */
final class Listing {
    static final int PAGE_SIZE = 20;

    private Listing() {}

    static PageRequest page(String maxId) {
        return PageRequest.of(maxId, null, null, PAGE_SIZE);
    }

    static String fill(Model model, List<StatusCard> cards, List<Long> cursors, String path, boolean htmx) {
        model.addAttribute("cards", cards);
        String next = cursors.size() < PAGE_SIZE
                ? null
                : path + (path.contains("?") ? "&" : "?") + "max_id=" + cursors.getLast();
        model.addAttribute("next", next);
        return htmx ? "fragments/timeline :: items" : null;
    }
}
