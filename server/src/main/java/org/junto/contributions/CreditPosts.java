package org.junto.contributions;

import org.junto.core.Visibility;
import org.junto.jobs.EventHandler;
import org.junto.statuses.Status;
import org.junto.statuses.StatusPosted;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/**
 * Every post, reply and boost is a contribution; a reply credits the person replied to, a boost the boosted author.
 * A direct message names no counterpart: a private conversation does not show on anyone's relationship figures.
 */
@Component
class CreditPosts implements EventHandler<StatusPosted> {
    private final Statuses statuses;
    private final Credit credit;

    CreditPosts(Statuses statuses, Credit credit) {
        this.statuses = statuses;
        this.credit = credit;
    }

    @Override
    public Class<StatusPosted> eventType() {
        return StatusPosted.class;
    }

    @Override
    public void handle(StatusPosted event) {
        Status s = statuses.byId(event.statusId()).orElse(null);
        if (s == null) {
            return;
        }
        String key = "status:" + s.id();
        if (s.isReblog()) {
            Long author = statuses.byId(s.reblogOfId()).map(Status::accountId).orElse(null);
            credit.give(s.accountId(), ContributionType.BOOST, author, key, s.createdAt(), s.reblogOfId());
        } else if (s.inReplyToId() != null) {
            Long to = s.visibility() == Visibility.DIRECT ? null : s.inReplyToAccountId();
            credit.give(s.accountId(), ContributionType.REPLY, to, key, s.createdAt(), s.id());
        } else {
            credit.give(s.accountId(), ContributionType.POST, null, key, s.createdAt(), s.id());
        }
    }
}
