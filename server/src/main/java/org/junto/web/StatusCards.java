package org.junto.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.groups.Groups;
import org.junto.groups.HiddenMentions;
import org.junto.statuses.Status;
import org.junto.statuses.StatusStats;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/**
 * Turns statuses into {@link StatusCard}s for one viewer, loading authors, counts and the viewer's own flags for the
 * whole list at once. Callers pass statuses the viewer may see; {@link #visible} is the one-status path that checks.
 */
@Component
class StatusCards {
    private static final StatusStats.Counts NO_COUNTS = new StatusStats.Counts(0, 0, 0);
    private static final StatusStats.ViewerFlags NO_FLAGS = new StatusStats.ViewerFlags(false, false, false, false);
    private final Statuses statuses;
    private final Accounts accounts;
    private final StatusStats stats;
    private final StatusVisibility visibility;
    private final HiddenMentions hiddenMentions;
    private final Groups groups;

    StatusCards(
            Statuses statuses,
            Accounts accounts,
            StatusStats stats,
            StatusVisibility visibility,
            HiddenMentions hiddenMentions,
            Groups groups) {
        this.groups = groups;
        this.hiddenMentions = hiddenMentions;
        this.statuses = statuses;
        this.accounts = accounts;
        this.stats = stats;
        this.visibility = visibility;
    }

    /** The status with this id if {@code viewer} may see it (the visibility policy decides), else empty. */
    Optional<Status> visible(Long viewer, long id) {
        return statuses.byId(id).filter(s -> visibility.canSee(viewer, s.id()));
    }

    Optional<StatusCard> card(Long viewer, long id) {
        return visible(viewer, id)
                .flatMap(s -> cards(List.of(s), viewer).stream().findFirst());
    }

    List<StatusCard> cards(List<Status> list, Long viewer) {
        Map<Long, Status> originals = statuses.byIds(
                list.stream().filter(Status::isReblog).map(Status::reblogOfId).toList());
        Set<Long> shownIds = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        for (Status entry : list) {
            Status shown = entry.isReblog() ? originals.get(entry.reblogOfId()) : entry;
            accountIds.add(entry.accountId());
            if (shown != null) {
                shownIds.add(shown.id());
                accountIds.add(shown.accountId());
                if (shown.inReplyToAccountId() != null) {
                    accountIds.add(shown.inReplyToAccountId());
                }
            }
        }
        Map<Long, List<Long>> mentions = stats.mentions(shownIds);
        Set<Long> hidden = hiddenMentions.among(
                viewer,
                mentions.values().stream().flatMap(List::stream).distinct().toList());
        accountIds.addAll(hidden);
        Map<Long, Account> people = accounts.byIds(accountIds);
        Map<Long, StatusStats.Counts> counts = stats.counts(shownIds);
        Set<Long> membersOnly = groups.membersOnly(shownIds);
        Map<Long, StatusStats.ViewerFlags> flags = stats.viewerFlags(viewer, shownIds);
        List<StatusCard> out = new ArrayList<>();
        for (Status entry : list) {
            Status shown = entry.isReblog() ? originals.get(entry.reblogOfId()) : entry;
            if (shown == null || !people.containsKey(shown.accountId())) {
                continue;
            }
            out.add(new StatusCard(
                    entry.id(),
                    shown.id(),
                    Person.of(people.get(shown.accountId())),
                    entry.isReblog() ? person(people, entry.accountId()) : null,
                    shown.inReplyToAccountId() == null ? null : person(people, shown.inReplyToAccountId()),
                    shown.inReplyToId(),
                    content(shown, mentions, hidden, people),
                    shown.spoilerText(),
                    viewer != null && viewer == shown.accountId() ? shown.text() : null,
                    shown.visibility(),
                    shown.createdAt(),
                    shown.editedAt(),
                    counts.getOrDefault(shown.id(), NO_COUNTS),
                    flags.getOrDefault(shown.id(), NO_FLAGS),
                    viewer != null,
                    viewer != null && viewer == shown.accountId(),
                    membersOnly.contains(shown.id())));
        }
        return out;
    }

    /** The status HTML, with mentions of secret groups the viewer may not know of as plain text. */
    private static String content(
            Status shown, Map<Long, List<Long>> mentions, Set<Long> hidden, Map<Long, Account> people) {
        if (hidden.isEmpty()) {
            return shown.content();
        }
        List<String> names = mentions.getOrDefault(shown.id(), List.of()).stream()
                .filter(hidden::contains)
                .map(people::get)
                .filter(java.util.Objects::nonNull)
                .map(Account::username)
                .toList();
        return names.isEmpty() ? shown.content() : HiddenMentions.unlink(shown.content(), names);
    }

    private static Person person(Map<Long, Account> people, long id) {
        Account a = people.get(id);
        return a == null ? null : Person.of(a);
    }
}
