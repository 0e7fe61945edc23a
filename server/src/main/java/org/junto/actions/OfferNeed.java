package org.junto.actions;

import java.time.Instant;
import java.util.List;

/**
 * An offer ("I can help with …") or a need ("I need help with …"), made by an {@code #offer} or {@code #need} post.
 * {@code state} is {@code open}, {@code accepted} (someone replied {@code #accept}: the task and the two people are
 * set), {@code fulfilled} (that task was done) or {@code withdrawn} (its author took it back, with {@code #withdraw}).
 * Reopening the task makes it accepted again; cancelling the task makes it open again. {@code groupId} is the group its
 * post was placed in.
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
        Instant updatedAt,
        Long groupId) {

    public static final String OFFER = "offer";
    public static final String NEED = "need";
    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String FULFILLED = "fulfilled";
    public static final String WITHDRAWN = "withdrawn";

    public boolean isOffer() {
        return OFFER.equals(kind);
    }

    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
