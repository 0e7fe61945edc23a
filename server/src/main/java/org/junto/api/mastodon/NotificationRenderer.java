package org.junto.api.mastodon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junto.notifications.Notification;
import org.junto.notifications.NotificationTypes;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/** Builds Notification entities for a page with the account and status renderers' batched loading. */
@Component
public class NotificationRenderer {
    private final AccountRenderer accounts;
    private final StatusRenderer statusRenderer;
    private final Statuses statuses;

    NotificationRenderer(AccountRenderer accounts, StatusRenderer statusRenderer, Statuses statuses) {
        this.accounts = accounts;
        this.statusRenderer = statusRenderer;
        this.statuses = statuses;
    }

    /** Renders the page for its recipient; a notification whose account or status is gone is left out. */
    public List<NotificationEntity> render(List<Notification> page, long viewer) {
        Set<Long> accountIds = new LinkedHashSet<>();
        Set<Long> statusIds = new LinkedHashSet<>();
        for (Notification n : page) {
            accountIds.add(n.fromAccountId());
            if (carriesStatus(n)) {
                statusIds.add(n.statusId());
            }
        }
        Map<String, AccountEntity> people = accounts.renderIds(List.copyOf(accountIds)).stream()
                .collect(Collectors.toMap(AccountEntity::id, Function.identity()));
        List<Status> loaded = new ArrayList<>(statuses.byIds(statusIds).values());
        Map<String, StatusEntity> rendered = statusRenderer.render(loaded, viewer).stream()
                .collect(Collectors.toMap(StatusEntity::id, Function.identity()));
        List<NotificationEntity> out = new ArrayList<>();
        for (Notification n : page) {
            AccountEntity account = people.get(Long.toString(n.fromAccountId()));
            StatusEntity status = carriesStatus(n) ? rendered.get(Long.toString(n.statusId())) : null;
            if (account == null || (carriesStatus(n) && status == null)) {
                continue;
            }
            String id = Long.toString(n.id());
            out.add(new NotificationEntity(
                    id, n.type(), Dates.datetime(n.createdAt()), "ungrouped-" + id, account, status));
        }
        return out;
    }

    private static boolean carriesStatus(Notification n) {
        return n.statusId() != null && NotificationTypes.WITH_STATUS.contains(n.type());
    }
}
