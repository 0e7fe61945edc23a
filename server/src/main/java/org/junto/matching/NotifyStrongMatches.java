package org.junto.matching;

import java.time.Instant;
import org.junto.actions.MatchNotice;
import org.junto.actions.OfferNeed;
import org.junto.actions.OfferNeedPosted;
import org.junto.actions.OffersNeeds;
import org.junto.jobs.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new offer or need is matched against the open ones (a durable job after the post's commit). For every strong
 * match both owners are told once: the pair is recorded in {@code offer_need_matches} in the same transaction as the
 * message, so a retried job, or the other side of the pair, never tells them twice. Only pairs whose owners may each
 * see the other's post are told about.
 */
@Component
class NotifyStrongMatches implements EventHandler<OfferNeedPosted> {
    private static final int CONSIDERED = 20;
    private final OffersNeeds offersNeeds;
    private final OfferNeedMatcher matcher;
    private final MatchNotice notice;
    private final JdbcClient db;

    NotifyStrongMatches(OffersNeeds offersNeeds, OfferNeedMatcher matcher, MatchNotice notice, JdbcClient db) {
        this.offersNeeds = offersNeeds;
        this.matcher = matcher;
        this.notice = notice;
        this.db = db;
    }

    @Override
    public Class<OfferNeedPosted> eventType() {
        return OfferNeedPosted.class;
    }

    @Override
    @Transactional
    public void handle(OfferNeedPosted event) {
        OfferNeed item = offersNeeds.byId(event.offerNeedId()).orElse(null);
        if (item == null || !item.isOpen()) {
            return;
        }
        for (Suggestion s : matcher.items(item, item.authorId(), CONSIDERED)) {
            if (!s.strong() || offersNeeds.visible(item.id(), s.accountId()).isEmpty()) {
                continue;
            }
            OfferNeed need = item.isOffer() ? s.item() : item;
            OfferNeed offer = item.isOffer() ? item : s.item();
            if (record(need.id(), offer.id(), s.score())) {
                notice.tell(need, offer, s.sharedTopics());
            }
        }
    }

    private boolean record(long needId, long offerId, double score) {
        return db.sql("INSERT INTO offer_need_matches (need_id, offer_id, score, notified_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(needId, offerId, score, Instant.now().toEpochMilli())
                        .update()
                > 0;
    }
}
