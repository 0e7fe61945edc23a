package org.junto.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junto.actions.OfferNeed;
import org.junto.actions.OffersNeeds;
import org.junto.contributions.RelationshipStrengths;
import org.springframework.stereotype.Component;

/**
 * Scores candidates for an offer or a need. {@code score = 0.6 × topic overlap + 0.25 × relationship + 0.15 × track
 * record}, where topic overlap is the Jaccard index of the two topic sets (shared over all), relationship is
 * {@code s / (s + 10)} for the relationship strength {@code s} between the two people now, and track record is
 * {@code n / (n + 2)} for the {@code n} offers and needs on a shared topic the candidate has helped with. Only what the
 * viewer may see is used: a candidate posted in a closed group is suggested to its members only.
 */
@Component
public class OfferNeedMatcher {
    private static final int CANDIDATES = 200;
    private final OffersNeeds offersNeeds;
    private final RelationshipStrengths strengths;

    OfferNeedMatcher(OffersNeeds offersNeeds, RelationshipStrengths strengths) {
        this.offersNeeds = offersNeeds;
        this.strengths = strengths;
    }

    /** The matches for {@code item}: open offers for a need, open needs for an offer; best first. */
    public List<Suggestion> items(OfferNeed item, Long viewer, int limit) {
        String wanted = item.isOffer() ? OfferNeed.NEED : OfferNeed.OFFER;
        List<OfferNeed> candidates = candidates(item, viewer);
        Map<Long, Integer> helped = helpedCounts(new HashSet<>(item.topics()), candidates);
        Instant now = Instant.now();
        List<Suggestion> out = new ArrayList<>();
        for (OfferNeed c : candidates) {
            if (c.kind().equals(wanted) && c.isOpen() && c.authorId() != item.authorId()) {
                out.add(score(item, c, c.authorId(), c.topics(), helped.getOrDefault(c.authorId(), 0), now, viewer));
            }
        }
        return best(out, limit);
    }

    /**
     * People who could meet a need, from their past: authors of offers on its topics (whatever their state) and
     * helpers of offers and needs on its topics. Empty for an offer.
     */
    public List<Suggestion> people(OfferNeed need, Long viewer, int limit) {
        if (need.isOffer()) {
            return List.of();
        }
        List<OfferNeed> candidates = candidates(need, viewer);
        Map<Long, Integer> helped = helpedCounts(new HashSet<>(need.topics()), candidates);
        Map<Long, Set<String>> topicsByPerson = new HashMap<>();
        for (OfferNeed c : candidates) {
            if (c.isOffer() && !c.state().equals(OfferNeed.WITHDRAWN)) {
                topicsByPerson
                        .computeIfAbsent(c.authorId(), k -> new LinkedHashSet<>())
                        .addAll(c.topics());
            }
            if (c.helperId() != null && c.state().equals(OfferNeed.FULFILLED)) {
                topicsByPerson
                        .computeIfAbsent(c.helperId(), k -> new LinkedHashSet<>())
                        .addAll(c.topics());
            }
        }
        topicsByPerson.remove(need.authorId());
        Instant now = Instant.now();
        List<Suggestion> out = new ArrayList<>();
        topicsByPerson.forEach((person, topics) ->
                out.add(score(need, null, person, List.copyOf(topics), helped.getOrDefault(person, 0), now, viewer)));
        return best(out, limit);
    }

    private List<OfferNeed> candidates(OfferNeed item, Long viewer) {
        return offersNeeds.sharingTopics(item.topics(), viewer, CANDIDATES).stream()
                .filter(c -> c.id() != item.id())
                .toList();
    }

    /** For each helper, how many fulfilled offers and needs on a shared topic they helped with. */
    private static Map<Long, Integer> helpedCounts(Set<String> topics, List<OfferNeed> candidates) {
        Map<Long, Integer> out = new HashMap<>();
        for (OfferNeed c : candidates) {
            if (c.helperId() != null
                    && c.state().equals(OfferNeed.FULFILLED)
                    && c.topics().stream().anyMatch(topics::contains)) {
                out.merge(c.helperId(), 1, Integer::sum);
            }
        }
        return out;
    }

    private Suggestion score(
            OfferNeed item,
            OfferNeed candidate,
            long person,
            List<String> topics,
            int helpedBefore,
            Instant now,
            Long viewer) {
        Set<String> shared = new LinkedHashSet<>(item.topics());
        shared.retainAll(new HashSet<>(topics));
        Set<String> all = new HashSet<>(item.topics());
        all.addAll(topics);
        double overlap = all.isEmpty() ? 0 : (double) shared.size() / all.size();
        double strength = strengths.between(item.authorId(), person, now, viewer);
        double score =
                0.6 * overlap + 0.25 * (strength / (strength + 10)) + 0.15 * (helpedBefore / (helpedBefore + 2.0));
        return new Suggestion(candidate, person, score, List.copyOf(shared), overlap, strength, helpedBefore);
    }

    private static List<Suggestion> best(List<Suggestion> all, int limit) {
        return all.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::accountId))
                .limit(limit)
                .toList();
    }
}
