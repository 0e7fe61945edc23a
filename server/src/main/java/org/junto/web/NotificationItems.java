package org.junto.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.notifications.Notification;
import org.junto.notifications.NotificationFilter;
import org.junto.notifications.Notifications;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/** Notifications as the page lists them, and the unread count the navigation badge shows. */
@Component
class NotificationItems {
    static final int BADGE_CAP = 99;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Statuses statuses;
    private final StatusCards cards;

    NotificationItems(Notifications notifications, Accounts accounts, Statuses statuses, StatusCards cards) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.statuses = statuses;
        this.cards = cards;
    }

    /** One notification: who did what, about which post (already checked against the visibility policy on read). */
    public record Item(long id, String type, Person from, StatusCard card, Instant createdAt) {
        public String phrase() {
            return switch (type) {
                case "mention" -> "mentioned you";
                case "status" -> "posted";
                case "reblog" -> "boosted your post";
                case "favourite" -> "favourited your post";
                case "follow" -> "followed you";
                case "follow_request" -> "asked to follow you";
                case "update" -> "edited a post you interacted with";
                case "group_post_removed" -> "took your post out of the group";
                default -> type;
            };
        }
    }

    long unread(long viewer) {
        return notifications.unreadCount(viewer, NotificationFilter.ALL, BADGE_CAP + 1);
    }

    List<Item> items(long viewer, List<Notification> list) {
        Map<Long, Account> people =
                accounts.byIds(list.stream().map(Notification::fromAccountId).toList());
        Map<Long, Status> subjects = statuses.byIds(list.stream()
                .map(Notification::statusId)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, StatusCard> shown = new java.util.HashMap<>();
        cards.cards(List.copyOf(subjects.values()), viewer).forEach(c -> shown.put(c.entryId(), c));
        List<Item> out = new ArrayList<>();
        for (Notification n : list) {
            Account from = people.get(n.fromAccountId());
            if (from != null) {
                StatusCard card = n.statusId() == null ? null : shown.get(n.statusId());
                out.add(new Item(n.id(), n.type(), Person.of(from), card, n.createdAt()));
            }
        }
        return out;
    }

    List<Item> item(long viewer, long notificationId) {
        return notifications
                .byId(viewer, notificationId)
                .map(n -> items(viewer, List.of(n)))
                .orElse(List.of());
    }
}
