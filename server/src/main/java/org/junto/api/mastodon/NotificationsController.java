package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.junto.config.PublicUrls;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.notifications.Notification;
import org.junto.notifications.NotificationFilter;
import org.junto.notifications.Notifications;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's notifications API (ungrouped, v1). */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsController {
    private final Notifications notifications;
    private final NotificationRenderer renderer;
    private final PublicUrls urls;

    NotificationsController(Notifications notifications, NotificationRenderer renderer, PublicUrls urls) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.urls = urls;
    }

    @GetMapping
    ResponseEntity<List<NotificationEntity>> list(ApiParams params, Caller caller, HttpServletRequest request) {
        long me = caller.requireUser("read:notifications");
        PageRequest page = params.page(40, 80);
        List<Notification> rows = notifications.page(me, filter(params), page);
        return PageLinks.respond(
                renderer.render(rows, me),
                urls,
                request,
                PageLinks.Cursors.of(rows, Notification::id, page.limit()),
                "min_id",
                "limit",
                "types[]",
                "types",
                "exclude_types[]",
                "exclude_types",
                "account_id");
    }

    @GetMapping("/unread_count")
    Map<String, Long> unreadCount(@RequestParam(required = false) Integer limit, Caller caller, ApiParams params) {
        long me = caller.requireUser("read:notifications");
        int cap = limit == null || limit <= 0 ? 100 : Math.min(limit, 1000);
        return Map.of("count", notifications.unreadCount(me, filter(params), cap));
    }

    @GetMapping("/{id}")
    NotificationEntity one(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("read:notifications");
        Notification n = notifications.byId(me, notificationId(id)).orElseThrow(JuntoException::notFound);
        return renderer.render(List.of(n), me).stream().findFirst().orElseThrow(JuntoException::notFound);
    }

    @PostMapping("/{id}/dismiss")
    Map<String, Object> dismiss(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:notifications");
        if (!notifications.dismiss(me, notificationId(id))) {
            throw JuntoException.notFound();
        }
        return Map.of();
    }

    @PostMapping("/clear")
    Map<String, Object> clear(Caller caller) {
        long me = caller.requireUser("write:notifications");
        notifications.clear(me);
        return Map.of();
    }

    private static NotificationFilter filter(ApiParams params) {
        String from = params.get("account_id");
        Long fromId = from == null || from.isBlank() ? null : Ids.parseOrNull(from);
        if (from != null && !from.isBlank() && fromId == null) {
            fromId = -1L; // names no account: nothing matches, as in Mastodon
        }
        return NotificationFilter.forMastodonClient(params.list("types"), params.list("exclude_types"), fromId);
    }

    private static long notificationId(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw JuntoException.notFound();
        }
        return parsed;
    }
}
