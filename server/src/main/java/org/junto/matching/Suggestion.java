package org.junto.matching;

import java.util.List;
import org.junto.actions.OfferNeed;

/**
 * One suggestion for an offer or a need: another offer or need ({@code item}, null for a person suggested by their
 * past help), the person, the score in [0, 1] and its parts, so pages and the API can explain it.
 */
public record Suggestion(
        OfferNeed item,
        long accountId,
        double score,
        List<String> sharedTopics,
        double topicOverlap,
        double strength,
        int helpedBefore) {

    /** A match strong enough to tell both owners about. */
    public static final double STRONG = 0.5;

    public boolean strong() {
        return score >= STRONG;
    }
}
