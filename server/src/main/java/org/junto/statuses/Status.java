package org.junto.statuses;

import java.time.Instant;
import org.junto.core.Visibility;

/** A stored status: an original post, a reply, or a boost ({@code reblogOfId} set, no text of its own). */
public record Status(
        long id,
        long accountId,
        Long inReplyToId,
        Long inReplyToAccountId,
        Long reblogOfId,
        long conversationId,
        String text,
        String spoilerText,
        String content,
        Visibility visibility,
        boolean sensitive,
        String language,
        Long applicationId,
        Instant createdAt,
        Instant editedAt) {

    public boolean isReblog() {
        return reblogOfId != null;
    }
}
