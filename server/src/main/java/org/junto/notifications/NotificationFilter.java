package org.junto.notifications;

import java.util.List;

/** Which notifications a reader asks for: only some types, all but some types, only from one account. */
public record NotificationFilter(List<String> types, List<String> excludeTypes, Long fromAccountId) {
    public static final NotificationFilter ALL = new NotificationFilter(List.of(), List.of(), null);

    public NotificationFilter {
        types = types == null ? List.of() : List.copyOf(types);
        excludeTypes = excludeTypes == null ? List.of() : List.copyOf(excludeTypes);
    }

    /**
     * What a Mastodon client asks for: as given, except that Junto's own types are left out unless the client names
     * them in {@code types} (decision 0021), so a stock client never meets a type it cannot show.
     */
    public static NotificationFilter forMastodonClient(List<String> types, List<String> excludeTypes, Long from) {
        List<String> exclude = new java.util.ArrayList<>(excludeTypes == null ? List.of() : excludeTypes);
        if (types == null || types.isEmpty()) {
            exclude.addAll(NotificationTypes.JUNTO_ONLY);
        }
        return new NotificationFilter(types, exclude, from);
    }
}
