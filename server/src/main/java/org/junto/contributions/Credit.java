package org.junto.contributions;

import java.time.Instant;
import org.junto.accounts.Accounts;
import org.springframework.stereotype.Component;

/**
 * Records a contribution unless its actor is a bot account: automated posts (the server's own reminders included)
 * earn nothing and build no relationship.
 */
@Component
class Credit {
    private final ContributionLog log;
    private final Accounts accounts;

    Credit(ContributionLog log, Accounts accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    /** {@code whereStatusId}: the post the contribution was made by or about, which places it in a group or not. */
    void give(
            long actorId, ContributionType type, Long counterpartId, String sourceKey, Instant at, Long whereStatusId) {
        if (accounts.byId(actorId).filter(a -> !a.bot()).isEmpty()) {
            return;
        }
        log.record(actorId, type, counterpartId, sourceKey, at, whereStatusId);
    }
}
