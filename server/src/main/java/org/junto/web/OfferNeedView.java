package org.junto.web;

import java.util.List;
import java.util.Map;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.actions.OfferNeed;

/** An offer or a need as a page shows it: the record, its author, its page and its thread. */
public record OfferNeedView(OfferNeed item, Person author) {

    public String path() {
        return "/offers_needs/" + item.id();
    }

    public String threadPath() {
        return author.path() + "/" + item.originStatusId();
    }

    public String label() {
        return item.isOffer() ? "Offer" : "Need";
    }

    /** Views of {@code items} whose author still exists, in order. */
    static List<OfferNeedView> of(List<OfferNeed> items, Accounts accounts) {
        Map<Long, Account> found =
                accounts.byIds(items.stream().map(OfferNeed::authorId).toList());
        return items.stream()
                .filter(o -> found.containsKey(o.authorId()))
                .map(o -> new OfferNeedView(o, Person.of(found.get(o.authorId()))))
                .toList();
    }
}
