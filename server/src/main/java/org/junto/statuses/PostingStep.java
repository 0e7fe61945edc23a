package org.junto.statuses;

import java.util.Collection;

/**
 * A step another module adds to posting, run inside the transaction that stores the status, after its mentions. It
 * exists for decisions that must be atomic with the post — a status placed into a closed group must never be visible,
 * even for a moment, to anyone outside the group — which an after-commit event handler cannot give. Steps must not
 * fail for reasons of their own: an exception rolls the post back.
 */
public interface PostingStep {

    void posted(Status status, Collection<Long> mentionedAccountIds);
}
