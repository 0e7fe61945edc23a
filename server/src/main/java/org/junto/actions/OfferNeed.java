package org.junto.actions;

import java.time.Instant;
import java.util.List;

/**
 * An offer ("I can help with …") or a need ("I need help with …"), made by an {@code #offer} or {@code #need} post.
 * {@code state} is {@code open}, {@code accepted} (someone replied {@code #accept}: the task and the two people are
 * set) or {@code fulfilled} (that task was done).
 */
public record OfferNeed(
        long id,
        String kind,
        String title,
        String state,
        long authorId,
        long originStatusId,
        List<String> topics,
        Long taskId,
        Long helperId,
        Long helpedId,
        Instant createdAt,
        Instant updatedAt) {

    public static final String OFFER = "offer";
    public static final String NEED = "need";
    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String FULFILLED = "fulfilled";
}
