package org.junto.api.mastodon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.config.PublicUrls;
import org.junto.groups.HiddenMentions;
import org.junto.statuses.Status;
import org.junto.statuses.StatusStats;
import org.junto.statuses.Statuses;
import org.junto.statuses.Tags;
import org.springframework.stereotype.Component;

/**
 * Builds Status entities for a page of statuses with a fixed number of queries, whatever the page size: the boosted
 * originals, authors, mentions, tags, counts and the viewer's own flags are each loaded once for the whole page.
 */
@Component
public class StatusRenderer {
    private final Statuses statuses;
    private final Accounts accounts;
    private final AccountRenderer accountRenderer;
    private final StatusStats stats;
    private final Tags tags;
    private final PublicUrls urls;
    private final HiddenMentions hiddenMentions;

    StatusRenderer(
            Statuses statuses,
            Accounts accounts,
            AccountRenderer accountRenderer,
            StatusStats stats,
            Tags tags,
            PublicUrls urls,
            HiddenMentions hiddenMentions) {
        this.hiddenMentions = hiddenMentions;
        this.statuses = statuses;
        this.accounts = accounts;
        this.accountRenderer = accountRenderer;
        this.stats = stats;
        this.tags = tags;
        this.urls = urls;
    }

    public StatusEntity render(Status status, Long viewer) {
        return render(List.of(status), viewer).getFirst();
    }

    public List<StatusEntity> render(List<Status> page, Long viewer) {
        return render(page, viewer, viewer != null, ids -> stats.viewerFlags(viewer, ids));
    }

    /**
     * One status rendered once for many signed-in viewers, such as the recipients of a stream event: everything but
     * each viewer's own flags (favourited, reblogged, bookmarked, pinned) is the same for all of them, and the flags
     * of all {@code viewers} are read together, a query per kind whatever their number. A viewer not in
     * {@code viewers} is still rendered right, with their flags read on their own. A status that mentions anyone is
     * rendered for each viewer on their own instead, as a page would be: whether a mention is shown or unlinked
     * depends on the viewer ({@link HiddenMentions}).
     */
    public ForViewers renderForViewers(Status status, Set<Long> viewers) {
        List<Long> ids = status.isReblog() ? List.of(status.id(), status.reblogOfId()) : List.of(status.id());
        if (!stats.mentions(ids).isEmpty()) {
            return new ForViewers(status, null, ids, Set.of(), Map.of());
        }
        List<StatusEntity> rendered = render(List.of(status), null, true, unused -> Map.of());
        if (rendered.isEmpty()) {
            return null;
        }
        return new ForViewers(status, rendered.getFirst(), ids, viewers, stats.viewerFlagsOfEach(viewers, ids));
    }

    /** A status rendered for many viewers: {@link #variant} tells which of few distinct entities a viewer gets. */
    public final class ForViewers {
        private final Status status;
        /** Null when every viewer is rendered on their own. */
        private final StatusEntity shared;

        private final List<Long> ids;
        private final Set<Long> listed;
        private final Map<Long, Map<Long, StatusStats.ViewerFlags>> flags;

        private ForViewers(
                Status status,
                StatusEntity shared,
                List<Long> ids,
                Set<Long> listed,
                Map<Long, Map<Long, StatusStats.ViewerFlags>> flags) {
            this.status = status;
            this.shared = shared;
            this.ids = ids;
            this.listed = listed;
            this.flags = flags;
        }

        /** Whether viewers share one rendering (differing only in their flags) rather than each having their own. */
        public boolean isShared() {
            return shared != null;
        }

        /** The viewer's own flags on the status and on what it boosts; most viewers share {@link Variant#NONE}. */
        public Variant variant(long viewer) {
            if (shared == null) {
                return new Variant(StatusStats.ViewerFlags.NONE, StatusStats.ViewerFlags.NONE, viewer);
            }
            Map<Long, StatusStats.ViewerFlags> own =
                    listed.contains(viewer) ? flags.get(viewer) : stats.viewerFlags(viewer, ids);
            if (own == null || own.isEmpty()) {
                return Variant.NONE;
            }
            StatusStats.ViewerFlags none = StatusStats.ViewerFlags.NONE;
            return new Variant(
                    own.getOrDefault(ids.getFirst(), none),
                    ids.size() > 1 ? own.getOrDefault(ids.get(1), none) : none,
                    null);
        }

        /** The entity for a variant; null if the status can no longer be rendered (its boosted status is gone). */
        public StatusEntity entity(Variant variant) {
            if (variant.personal() != null) {
                List<StatusEntity> own = render(List.of(status), variant.personal());
                return own.isEmpty() ? null : own.getFirst();
            }
            if (variant.equals(Variant.NONE)) {
                return shared;
            }
            StatusEntity reblog = shared.reblog() == null ? null : withFlags(shared.reblog(), variant.ofReblog(), null);
            return withFlags(shared, variant.own(), reblog);
        }

        private static StatusEntity withFlags(StatusEntity e, StatusStats.ViewerFlags f, StatusEntity reblog) {
            return e.withViewerFlags(f.favourited(), f.reblogged(), f.bookmarked(), f.pinned(), reblog);
        }
    }

    /**
     * A signed-in viewer's own flags on a status and on the status it boosts, or, for a status rendered for each
     * viewer on their own, that viewer ({@code personal}).
     */
    public record Variant(StatusStats.ViewerFlags own, StatusStats.ViewerFlags ofReblog, Long personal) {
        public static final Variant NONE =
                new Variant(StatusStats.ViewerFlags.NONE, StatusStats.ViewerFlags.NONE, null);
    }

    private List<StatusEntity> render(
            List<Status> page,
            Long viewer,
            boolean signedIn,
            Function<Set<Long>, Map<Long, StatusStats.ViewerFlags>> flagsOf) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> originalIds = new LinkedHashSet<>();
        page.stream().filter(Status::isReblog).forEach(s -> originalIds.add(s.reblogOfId()));
        Map<Long, Status> originals = statuses.byIds(originalIds);
        List<Status> all = new ArrayList<>(page);
        all.addAll(originals.values());
        Set<Long> ids = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        Set<Long> appIds = new HashSet<>();
        for (Status s : all) {
            ids.add(s.id());
            accountIds.add(s.accountId());
            if (s.applicationId() != null) {
                appIds.add(s.applicationId());
            }
        }
        Map<Long, List<Long>> allMentions = stats.mentions(ids);
        allMentions.values().forEach(accountIds::addAll);
        Map<Long, Account> people = accounts.byIds(accountIds);
        Set<Long> hidden = hiddenMentions.among(viewer, Set.copyOf(accountIdsOf(allMentions)));
        Map<Long, List<Long>> mentions = new java.util.HashMap<>();
        Map<Long, List<String>> unlinked = new java.util.HashMap<>();
        allMentions.forEach((statusId, mentioned) -> {
            mentions.put(
                    statusId,
                    mentioned.stream().filter(a -> !hidden.contains(a)).toList());
            List<String> names = mentioned.stream()
                    .filter(hidden::contains)
                    .map(people::get)
                    .filter(Objects::nonNull)
                    .map(Account::username)
                    .toList();
            if (!names.isEmpty()) {
                unlinked.put(statusId, names);
            }
        });
        Page context = new Page(
                people,
                accountRenderer.renderAll(page.stream()
                        .flatMap(s -> {
                            Status o = s.isReblog() ? originals.get(s.reblogOfId()) : null;
                            return o == null
                                    ? java.util.stream.Stream.of(people.get(s.accountId()))
                                    : java.util.stream.Stream.of(people.get(s.accountId()), people.get(o.accountId()));
                        })
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList()),
                mentions,
                unlinked,
                tags.ofStatuses(ids),
                stats.counts(ids),
                flagsOf.apply(ids),
                stats.applications(appIds),
                signedIn);
        List<StatusEntity> out = new ArrayList<>();
        for (Status s : page) {
            StatusEntity reblog = null;
            if (s.isReblog()) {
                Status original = originals.get(s.reblogOfId());
                if (original == null) {
                    continue;
                }
                reblog = entity(original, null, context);
            }
            out.add(entity(s, reblog, context));
        }
        return out;
    }

    private static List<Long> accountIdsOf(Map<Long, List<Long>> mentions) {
        return mentions.values().stream().flatMap(List::stream).distinct().toList();
    }

    private record Page(
            Map<Long, Account> people,
            Map<Long, AccountEntity> authors,
            Map<Long, List<Long>> mentions,
            Map<Long, List<String>> unlinked,
            Map<Long, List<Tags.Tag>> tags,
            Map<Long, StatusStats.Counts> counts,
            Map<Long, StatusStats.ViewerFlags> flags,
            Map<Long, StatusStats.App> apps,
            boolean signedIn) {}

    private StatusEntity entity(Status s, StatusEntity reblog, Page p) {
        String username = p.people().get(s.accountId()).username();
        List<StatusEntity.Mention> mentions = p.mentions().getOrDefault(s.id(), List.of()).stream()
                .map(p.people()::get)
                .filter(Objects::nonNull)
                .map(a -> new StatusEntity.Mention(
                        Long.toString(a.id()), a.username(), urls.account(a.username()), a.username()))
                .toList();
        List<StatusEntity.Tag> tagList = p.tags().getOrDefault(s.id(), List.of()).stream()
                .map(t -> new StatusEntity.Tag(
                        t.name().toLowerCase(Locale.ROOT), urls.tag(t.name().toLowerCase(Locale.ROOT))))
                .toList();
        StatusStats.Counts counts = p.counts().getOrDefault(s.id(), new StatusStats.Counts(0, 0, 0));
        StatusStats.ViewerFlags flags = p.flags().get(s.id());
        StatusStats.App app = s.applicationId() == null ? null : p.apps().get(s.applicationId());
        boolean signedIn = p.signedIn();
        return new StatusEntity(
                Long.toString(s.id()),
                urls.statusUri(username, s.id()),
                s.isReblog() ? null : urls.status(username, s.id()),
                Dates.datetime(s.createdAt()),
                Dates.datetime(s.editedAt()),
                p.authors().get(s.accountId()),
                p.unlinked().containsKey(s.id())
                        ? HiddenMentions.unlink(s.content(), p.unlinked().get(s.id()))
                        : s.content(),
                s.visibility().apiName(),
                s.sensitive(),
                s.spoilerText(),
                List.of(),
                app == null ? null : new StatusEntity.Application(app.name(), app.website()),
                mentions,
                tagList,
                List.of(),
                counts.reblogs(),
                counts.favourites(),
                counts.replies(),
                s.inReplyToId() == null ? null : Long.toString(s.inReplyToId()),
                s.inReplyToAccountId() == null ? null : Long.toString(s.inReplyToAccountId()),
                reblog,
                null,
                null,
                s.language(),
                null,
                signedIn ? flags != null && flags.favourited() : null,
                signedIn ? flags != null && flags.reblogged() : null,
                signedIn ? false : null,
                signedIn ? flags != null && flags.bookmarked() : null,
                signedIn ? flags != null && flags.pinned() : null,
                signedIn ? List.of() : null);
    }
}
