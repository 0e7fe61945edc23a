package org.junto.api.mastodon;

import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.statuses.PostStatusService;

/**
 * The parameters of Mastodon's {@code POST /api/v1/statuses}, read once for every door that posts with them (the
 * Mastodon API, and the Junto API's posting into a group or organization).
 */
public final class StatusParams {
    private StatusParams() {}

    public static PostStatusService.NewStatus newStatus(ApiParams params, Long appId, String idempotencyKey) {
        rejectUnsupported(params);
        String reply = params.get("in_reply_to_id");
        return new PostStatusService.NewStatus(
                params.get("status"),
                params.get("spoiler_text"),
                Visibility.fromApi(params.get("visibility")),
                params.bool("sensitive"),
                params.get("language"),
                reply == null || reply.isBlank() ? null : ApiParams.id(reply),
                appId,
                idempotencyKey);
    }

    static void rejectUnsupported(ApiParams params) {
        if (!params.list("media_ids").isEmpty()) {
            throw JuntoException.invalid("Validation failed: Media attachments are not supported on this server yet");
        }
        if (params.has("poll") || params.nested("poll", "expires_in") != null) {
            throw JuntoException.invalid("Validation failed: Polls are not supported on this server yet");
        }
        if (params.get("scheduled_at") != null && !params.get("scheduled_at").isBlank()) {
            throw JuntoException.invalid("Validation failed: Scheduled posts are not supported on this server yet");
        }
    }
}
