package org.junto.contributions;

import java.time.Instant;
import org.junto.actions.OfferNeed;
import org.junto.actions.OfferNeedMet;
import org.junto.actions.OffersNeeds;
import org.junto.jobs.EventHandler;
import org.springframework.stereotype.Component;

/** An offer or need met credits the helper, with the person helped as counterpart. */
@Component
class CreditHelp implements EventHandler<OfferNeedMet> {
    private final Credit credit;
    private final OffersNeeds offersNeeds;

    CreditHelp(Credit credit, OffersNeeds offersNeeds) {
        this.credit = credit;
        this.offersNeeds = offersNeeds;
    }

    @Override
    public Class<OfferNeedMet> eventType() {
        return OfferNeedMet.class;
    }

    @Override
    public void handle(OfferNeedMet event) {
        ContributionType type =
                event.kind().equals(OfferNeed.OFFER) ? ContributionType.OFFER_MET : ContributionType.NEED_MET;
        Long where = offersNeeds
                .byId(event.offerNeedId())
                .map(OfferNeed::originStatusId)
                .orElse(null);
        credit.give(event.helperId(), type, event.helpedId(), "met:" + event.offerNeedId(), Instant.now(), where);
    }
}
