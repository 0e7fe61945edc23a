package org.junto.web;

import java.time.Instant;
import org.junto.core.Visibility;
import org.junto.statuses.StatusStats;

/**
 * One entry of a status list as the page shows it. For a boost, {@code entryId} is the boost and everything else
 * describes the boosted status, with {@code boostedBy} naming the booster. {@code content} is the HTML the core
 * rendered and sanitized when the status was posted; every other text is escaped by the template. {@code membersOnly}
 * is set for a post placed in a closed or secret group or an organization, which only its members may see.
 */
public record StatusCard(
        long entryId,
        long id,
        Person author,
        Person boostedBy,
        Person inReplyTo,
        Long inReplyToId,
        String content,
        String spoilerText,
        String source,
        Visibility visibility,
        Instant createdAt,
        Instant editedAt,
        StatusStats.Counts counts,
        StatusStats.ViewerFlags flags,
        boolean signedIn,
        boolean own,
        boolean membersOnly) {

    public String path() {
        return author.path() + "/" + id;
    }

    public boolean hasWarning() {
        return spoilerText != null && !spoilerText.isBlank();
    }

    /** A boost of a private or direct status is not allowed (Mastodon's rule), so the button is not offered. */
    public boolean boostable() {
        return !membersOnly && (visibility == Visibility.PUBLIC || visibility == Visibility.UNLISTED);
    }

    /** Who may see it, as the card says: a post placed members-only in a group is for its members, whatever else. */
    public String audience() {
        return membersOnly ? "members only" : visibility.apiName();
    }

    /** The SSE events that remove this card: its own deletion, and for a boost also the original's. */
    public String deleteEvents() {
        return entryId == id ? "delete-" + id : "delete-" + entryId + ",delete-" + id;
    }
}
