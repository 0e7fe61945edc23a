package org.junto.contributions;

import java.util.Locale;

/** The kinds of contribution and their weights (docs/contributions.md explains the choice). */
public enum ContributionType {
    POST(1.0),
    REPLY(1.0),
    BOOST(1.0),
    FAVOURITE(0.5),
    TASK_CREATED(2.0),
    TASK_CLAIMED(1.0),
    TASK_DONE(3.0),
    OFFER_MET(5.0),
    NEED_MET(5.0),
    THANKS(2.0);

    public final double weight;

    ContributionType(double weight) {
        this.weight = weight;
    }

    public String api() {
        return name().toLowerCase(Locale.ROOT);
    }
}
