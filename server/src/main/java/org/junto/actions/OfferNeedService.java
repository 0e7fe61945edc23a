package org.junto.actions;

import java.util.List;
import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
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
    private final Outbox outbox;

    OfferNeedService(OffersNeeds offersNeeds, TaskService tasks, Outbox outbox) {
        this.offersNeeds = offersNeeds;
        this.tasks = tasks;
        this.outbox = outbox;
    }

    long create(Status post, ActionKind kind, ParsedAction action) {
        String type = kind == ActionKind.OFFER ? OfferNeed.OFFER : OfferNeed.NEED;
        long id = offersNeeds.insert(type, action.title(), post.accountId(), post.id(), action.topics());
        outbox.publish(new OfferNeedPosted(id));
        return id;
    }

    /** Withdraws {@code target} by {@code actor}; the refusal if it cannot be withdrawn. */
    JuntoException withdraw(long actor, OfferNeed target) {
        JuntoException refusal = withdrawRefusal(actor, target);
        if (refusal == null) {
            offersNeeds.withdraw(target.id());
        }
        return refusal;
    }

    static JuntoException withdrawRefusal(long actor, OfferNeed target) {
        if (target.authorId() != actor) {
            return JuntoException.forbidden("only its author may #withdraw this " + target.kind());
        }
        if (!target.isOpen()) {
            return new JuntoException(
                    JuntoException.Kind.CONFLICT,
                    "this " + target.kind() + " is " + target.state() + ", and only an open one can be withdrawn");
        }
        return null;
    }

    /** Why {@code acceptor} may not accept {@code target}; null when they may. */
    static JuntoException acceptRefusal(long acceptor, OfferNeed target) {
        if (target.authorId() == acceptor) {
            return JuntoException.forbidden("you cannot #accept your own " + target.kind());
        }
        if (!target.state().equals(OfferNeed.OPEN)) {
            return new JuntoException(
                    JuntoException.Kind.CONFLICT, "this " + target.kind() + " is already " + target.state());
        }
        return null;
    }

    /** Accepts {@code target} by the author of {@code post}; the refusal if it cannot be accepted. */
    JuntoException accept(Status post, OfferNeed target) {
        long acceptor = post.accountId();
        JuntoException refusal = acceptRefusal(acceptor, target);
        if (refusal != null) {
            return refusal;
        }
        boolean offer = target.kind().equals(OfferNeed.OFFER);
        long helper = offer ? target.authorId() : acceptor;
        long helped = offer ? acceptor : target.authorId();
        Task task = tasks.create(post, helped, target.title(), null, List.of(helper), target.id());
        offersNeeds.accept(target.id(), task.id(), helper, helped);
        return null;
    }
}
