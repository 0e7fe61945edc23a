package org.junto.web;

import java.util.List;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.security.JuntoUserDetails;
import org.junto.statuses.Status;
import org.junto.statuses.ThreadContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A status with the thread around it, at the address Mastodon gives statuses ({@code /@name/id}), so links in posts
 * and from other servers land here. A status the viewer may not see is a 404, whoever asks.
 */
@Controller
class ThreadPage {
    private final StatusCards cards;
    private final ThreadContext threads;

    ThreadPage(StatusCards cards, ThreadContext threads) {
        this.cards = cards;
        this.threads = threads;
    }

    @GetMapping("/@{username}/{id:[0-9]+}")
    String thread(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String username,
            @PathVariable String id,
            Model model) {
        Long viewer = Viewer.of(user);
        long statusId = parse(id);
        Status status =
                cards.visible(viewer, statusId).filter(s -> !s.isReblog()).orElseThrow(JuntoException::notFound);
        StatusCard main = cards.cards(List.of(status), viewer).getFirst();
        if (!main.author().username().equalsIgnoreCase(username)) {
            throw JuntoException.notFound();
        }
        ThreadContext.Context context = threads.of(status, viewer);
        model.addAttribute("title", main.author().displayName() + ": post");
        model.addAttribute("main", main);
        model.addAttribute("ancestors", cards.cards(context.ancestors(), viewer));
        model.addAttribute("descendants", cards.cards(context.descendants(), viewer));
        model.addAttribute("replyText", replyText(main, user));
        model.addAttribute("liveQuery", "?thread=" + main.id());
        return "thread";
    }

    /** A reply starts by mentioning the author, as in every Mastodon client (not yourself). */
    private static String replyText(StatusCard main, JuntoUserDetails user) {
        if (user == null || main.own()) {
            return "";
        }
        return main.author().handle() + " ";
    }

    private static long parse(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw JuntoException.notFound();
        }
        return parsed;
    }
}
