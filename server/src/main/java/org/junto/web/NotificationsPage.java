package org.junto.web;

import java.util.List;
import java.util.Map;
import org.junto.markers.Markers;
import org.junto.notifications.Notification;
import org.junto.notifications.NotificationFilter;
import org.junto.notifications.Notifications;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notifications page. Showing the first page moves the notifications marker (Mastodon's read position, shared
 * with every client of the account) to the newest one, which clears the unread badge.
 */
@Controller
class NotificationsPage {
    private final Notifications notifications;
    private final NotificationItems items;
    private final Markers markers;

    NotificationsPage(Notifications notifications, NotificationItems items, Markers markers) {
        this.notifications = notifications;
        this.items = items;
        this.markers = markers;
    }

    @GetMapping("/notifications")
    String show(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "max_id", required = false) String maxId,
            Model model) {
        long viewer = user.accountId();
        List<Notification> page = notifications.page(viewer, NotificationFilter.ALL, Listing.page(maxId));
        if (maxId == null && !page.isEmpty()) {
            markers.save(viewer, Map.of(Markers.NOTIFICATIONS, page.getFirst().id()));
            model.addAttribute("unread", 0L);
        }
        model.addAttribute("title", "Notifications");
        model.addAttribute("items", items.items(viewer, page));
        model.addAttribute(
                "next",
                page.size() < Listing.PAGE_SIZE
                        ? null
                        : "/notifications?max_id=" + page.getLast().id());
        return "notifications";
    }
}
