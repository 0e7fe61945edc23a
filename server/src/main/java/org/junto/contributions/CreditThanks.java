package org.junto.contributions;

import java.time.Instant;
import org.junto.actions.Thanked;
import org.junto.jobs.EventHandler;
import org.springframework.stereotype.Component;

/** {@code #thanks @someone}: one contribution per person thanked, by the thanker, with the thanked as counterpart. */
@Component
class CreditThanks implements EventHandler<Thanked> {
    private final Credit credit;

    CreditThanks(Credit credit) {
        this.credit = credit;
    }

    @Override
    public Class<Thanked> eventType() {
        return Thanked.class;
    }

    @Override
    public void handle(Thanked event) {
        for (long thanked : event.thankedIds()) {
            credit.give(
                    event.thankerId(),
                    ContributionType.THANKS,
                    thanked,
                    "thanks:" + event.statusId() + ":" + thanked,
                    Instant.now(),
                    event.statusId());
        }
    }
}
