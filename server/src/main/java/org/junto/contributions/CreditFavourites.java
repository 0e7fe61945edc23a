package org.junto.contributions;

import java.time.Instant;
import org.junto.jobs.EventHandler;
import org.junto.statuses.StatusFavourited;
import org.springframework.stereotype.Component;

/** A favourite credits the favourited author. Un-favouriting later does not erase it: the log is append-only. */
@Component
class CreditFavourites implements EventHandler<StatusFavourited> {
    private final Credit credit;

    CreditFavourites(Credit credit) {
        this.credit = credit;
    }

    @Override
    public Class<StatusFavourited> eventType() {
        return StatusFavourited.class;
    }

    @Override
    public void handle(StatusFavourited event) {
        credit.give(
                event.accountId(),
                ContributionType.FAVOURITE,
                event.authorId(),
                "favourite:" + event.statusId() + ":" + event.accountId(),
                Instant.now(),
                event.statusId());
    }
}
