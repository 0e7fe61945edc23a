package org.junto.actions;

import java.time.LocalDate;
import org.junto.accounts.Accounts;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting or withdrawing an offer or a need from the web or the API, the way a Mastodon client would: by replying
 * {@code #accept …} or {@code #withdraw} to its post. The one path through the grammar leaves the same trace in the
 * thread. The rules are checked first, so the web and the API answer with an error instead of a bot's explanation.
 */
@Service
public class RespondToOfferNeedService {
    private final OffersNeeds offersNeeds;
    private final PostStatusService posting;
    private final Statuses statuses;
    private final Accounts accounts;

    RespondToOfferNeedService(
            OffersNeeds offersNeeds, PostStatusService posting, Statuses statuses, Accounts accounts) {
        this.offersNeeds = offersNeeds;
        this.posting = posting;
        this.statuses = statuses;
        this.accounts = accounts;
    }

    /** {@code actor} accepts offer or need {@code id}, with an optional {@code note} ("I have one"). */
    @Transactional
    public OfferNeed accept(long actor, long id, String note) {
        OfferNeed target = offersNeeds.visible(id, actor).orElseThrow(JuntoException::notFound);
        throwIf(OfferNeedService.acceptRefusal(actor, target));
        String text = "#accept " + (note == null || note.isBlank() ? "I can help." : note.strip());
        ParsedAction reading = ActionGrammar.read(text, LocalDate.now());
        if (reading.kind() != ActionKind.ACCEPT || reading.thanks()) {
            throw JuntoException.invalid("Validation failed: note must not contain action hashtags (#done, #thanks …)");
        }
        reply(actor, target, text);
        return changed(id, OfferNeed.ACCEPTED);
    }

    /** The author withdraws their open offer or need {@code id}. */
    @Transactional
    public OfferNeed withdraw(long actor, long id) {
        OfferNeed target = offersNeeds.visible(id, actor).orElseThrow(JuntoException::notFound);
        throwIf(OfferNeedService.withdrawRefusal(actor, target));
        reply(actor, target, "#withdraw this " + target.kind() + " is no longer open.");
        return changed(id, OfferNeed.WITHDRAWN);
    }

    /** A reply to the offer's post with its visibility; a followers-only or direct one mentions its author. */
    private void reply(long actor, OfferNeed target, String text) {
        Status origin = statuses.byId(target.originStatusId()).orElseThrow(JuntoException::notFound);
        String mention = origin.visibility() == Visibility.PRIVATE || origin.visibility() == Visibility.DIRECT
                ? accounts.byId(target.authorId())
                        .filter(a -> a.id() != actor)
                        .map(a -> "@" + a.username() + " ")
                        .orElse("")
                : "";
        posting.post(
                actor,
                new PostStatusService.NewStatus(
                        mention + text, null, origin.visibility(), null, null, origin.id(), null, null));
    }

    private OfferNeed changed(long id, String expected) {
        OfferNeed now = offersNeeds.byId(id).orElseThrow(JuntoException::notFound);
        if (!now.state().equals(expected)) {
            throw new JuntoException(JuntoException.Kind.CONFLICT, "this " + now.kind() + " is " + now.state());
        }
        return now;
    }

    private static void throwIf(JuntoException refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }
}
