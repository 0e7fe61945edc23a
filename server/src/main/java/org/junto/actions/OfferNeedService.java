package org.junto.actions;

import java.util.List;
import org.junto.core.JuntoException;
import org.junto.statuses.Status;
import org.springframework.stereotype.Service;

/**
 * Offers and needs from posts. {@code #accept} in a reply connects the two people: a task, assigned to the helper and
 * created for the person helped, whose origin is the accepting post; when that task is done the offer or need is
 * fulfilled ({@link FulfilOnTaskDone}).
 */
@Service
class OfferNeedService {
    private final OffersNeeds offersNeeds;
    private final TaskService tasks;

    OfferNeedService(OffersNeeds offersNeeds, TaskService tasks) {
        this.offersNeeds = offersNeeds;
        this.tasks = tasks;
    }

    long create(Status post, ActionKind kind, ParsedAction action) {
        String type = kind == ActionKind.OFFER ? OfferNeed.OFFER : OfferNeed.NEED;
        return offersNeeds.insert(type, action.title(), post.accountId(), post.id(), action.topics());
    }

    /** Accepts {@code target} by the author of {@code post}; the refusal if it cannot be accepted. */
    JuntoException accept(Status post, OfferNeed target) {
        long acceptor = post.accountId();
        if (target.authorId() == acceptor) {
            return JuntoException.forbidden("you cannot #accept your own " + target.kind());
        }
        if (!target.state().equals(OfferNeed.OPEN)) {
            return new JuntoException(
                    JuntoException.Kind.CONFLICT, "this " + target.kind() + " is already " + target.state());
        }
        boolean offer = target.kind().equals(OfferNeed.OFFER);
        long helper = offer ? target.authorId() : acceptor;
        long helped = offer ? acceptor : target.authorId();
        Task task = tasks.create(post, helped, target.title(), null, List.of(helper), target.id());
        offersNeeds.accept(target.id(), task.id(), helper, helped);
        return null;
    }
}
