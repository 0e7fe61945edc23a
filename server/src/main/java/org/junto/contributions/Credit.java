package org.junto.contributions;

import java.time.Instant;
import org.junto.accounts.Accounts;
import org.springframework.stereotype.Component;

/**
 * Records a contribution unless its actor is a bot account, a group or an organization: automated posts (the
 * server's own reminders included) and a group's announces of its members' posts earn nothing and build no
 * relationship. Neither is a bot, group or organization ever the counterpart.
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
        if (accounts.byId(actorId).filter(Credit::isPerson).isEmpty()) {
            return;
        }
        Long counterpart = counterpartId == null
                ? null
                : accounts.byId(counterpartId)
                        .filter(Credit::isPerson)
                        .map(a -> a.id())
                        .orElse(null);
        log.record(actorId, type, counterpart, sourceKey, at, whereStatusId);
    }

    /** Bots, groups and organizations are not people: a group's announce of a member's post is not their work. */
    private static boolean isPerson(org.junto.accounts.Account a) {
        return !a.bot() && "Person".equals(a.actorType());
    }
}
