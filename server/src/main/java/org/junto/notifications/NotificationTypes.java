package org.junto.notifications;

import java.util.Set;

/** The notification types Junto makes, by Mastodon's names. */
public final class NotificationTypes {
    public static final String MENTION = "mention";
    public static final String STATUS = "status";
    public static final String REBLOG = "reblog";
    public static final String FOLLOW = "follow";
    public static final String FOLLOW_REQUEST = "follow_request";
    public static final String FAVOURITE = "favourite";
    public static final String UPDATE = "update";
    /** Junto's own: a moderator took the recipient's post out of a group (from: the group). */
    public static final String GROUP_POST_REMOVED = "group_post_removed";

    /** Types whose notification carries a status. */
    public static final Set<String> WITH_STATUS =
            Set.of(MENTION, STATUS, REBLOG, FAVOURITE, UPDATE, "poll", GROUP_POST_REMOVED);

    /**
     * Junto's own types, which stock Mastodon clients do not know (decision 0021): the Mastodon API returns them only
     * to a client that names them in {@code types[]}, and its streams never carry them; the web app shows them always.
     */
    public static final Set<String> JUNTO_ONLY = Set.of(GROUP_POST_REMOVED);

    private NotificationTypes() {}
}
