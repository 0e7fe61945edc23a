package org.junto.notifications;

import java.util.List;

/** Which notifications a reader asks for: only some types, all but some types, only from one account. */
public record NotificationFilter(List<String> types, List<String> excludeTypes, Long fromAccountId) {
    public static final NotificationFilter ALL = new NotificationFilter(List.of(), List.of(), null);

    public NotificationFilter {
        types = types == null ? List.of() : List.copyOf(types);
        excludeTypes = excludeTypes == null ? List.of() : List.copyOf(excludeTypes);
    }
}
