package org.junto.timelines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junto.core.PageRequest;
import org.junto.statuses.Status;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind every status list: home, public, hashtag, account, group and organization timelines, favourites
 * and bookmarks.
 * Each one is a single query filtered by the one visibility policy ({@link StatusVisibility}) and paged by id as
 * Mastodon pages ({@code max_id}, {@code since_id}, {@code min_id}, {@code limit}); every page comes newest first.
 */
@Component
public class Timelines {
    private final JdbcClient db;

    Timelines(JdbcClient db) {
        this.db = db;
    }

    /** A page of statuses plus the cursor id of each (for favourites and bookmarks, the favourite's own id). */
    public record Page(List<Status> statuses, List<Long> cursors) {
        static Page empty() {
            return new Page(List.of(), List.of());
        }
    }

    public Page home(long viewer, PageRequest page) {
        return query(
                "FROM home_feed h JOIN statuses s ON s.id = h.status_id WHERE h.account_id = :viewer" + " AND "
                        + StatusVisibility.notMutedBy("s", viewer),
                // h.status_id (equal to s.id) lets the database walk the home_feed key in order and stop at the
                // page's end; ordering by s.id sorted the whole feed first (measured: 88 ms vs 4 ms for 3,000 rows).
                "h.status_id",
                viewer,
                page,
                Map.of());
    }

    public Page publicTimeline(Long viewer, PageRequest page) {
        return query(
                "FROM statuses s WHERE s.visibility = 'public' AND s.reblog_of_id IS NULL AND "
                        + StatusVisibility.notMutedBy("s", viewer),
                "s.id",
                viewer,
                page,
                Map.of());
    }

    public Page tag(String tag, Long viewer, PageRequest page) {
        return query(
                "FROM statuses s JOIN status_tags st ON st.status_id = s.id JOIN tags t ON t.id = st.tag_id"
                        + " WHERE t.name_lower = :tag AND s.visibility = 'public' AND s.reblog_of_id IS NULL AND "
                        + StatusVisibility.notMutedBy("s", viewer),
                "s.id",
                viewer,
                page,
                Map.of("tag", tag.toLowerCase(Locale.ROOT)));
    }

    /**
     * Which of {@code viewers} now have {@code statusId} in their home timeline as {@link #home} reads it: the live
     * user stream delivers exactly to them.
     */
    public Set<Long> homeAudience(long statusId, Collection<Long> viewers) {
        if (viewers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("SELECT h.account_id FROM home_feed h JOIN statuses s ON s.id = h.status_id"
                        + " WHERE h.status_id = :status AND h.account_id IN (:viewers) AND "
                        + StatusVisibility.notMutedByEach("s", "h.account_id") + " AND "
                        + StatusVisibility.visibleToEach("s", "h.account_id"))
                .param("status", statusId)
                .param("viewers", viewers)
                .query(Long.class)
                .list());
    }

    /**
     * Which of {@code viewers} (null standing for anonymous ones) would find {@code statusId} in the public timeline,
     * or in the hashtag timeline of {@code tag} when a tag is given, as {@link #publicTimeline} and {@link #tag} read
     * them.
     */
    public Set<Long> publicAudience(long statusId, String tag, Collection<Long> viewers) {
        Set<Long> audience = new HashSet<>();
        List<Long> signedIn = viewers.stream().filter(Objects::nonNull).toList();
        String tagged = tag == null
                ? ""
                : " AND EXISTS (SELECT 1 FROM status_tags st JOIN tags t ON t.id = st.tag_id WHERE st.status_id = s.id"
                        + " AND t.name_lower = :tag)";
        String publicOnly = "s.id = :status AND s.visibility = 'public' AND s.reblog_of_id IS NULL" + tagged;
        if (!signedIn.isEmpty()) {
            var spec = db.sql("SELECT v.id FROM accounts v JOIN statuses s ON " + publicOnly
                            + " WHERE v.id IN (:viewers) AND " + StatusVisibility.notMutedByEach("s", "v.id") + " AND "
                            + StatusVisibility.visibleToEach("s", "v.id"))
                    .param("status", statusId)
                    .param("viewers", signedIn);
            audience.addAll(withTag(spec, tag).query(Long.class).list());
        }
        if (signedIn.size() < viewers.size()) {
            var spec = db.sql("SELECT COUNT(*) FROM statuses s WHERE " + publicOnly + " AND "
                            + StatusVisibility.visibleToEach("s", null))
                    .param("status", statusId);
            if (withTag(spec, tag).query(Long.class).single() > 0) {
                audience.add(null);
            }
        }
        return audience;
    }

    /**
     * The timelines of collectives a status shows in, as {@link #group} and {@link #organization} read them: the
     * collective it is placed in (unless removed) and that collective's organization.
     */
    public List<Long> collectivesShowing(long statusId) {
        return db.sql("SELECT cp.collective_id FROM collective_posts cp WHERE cp.status_id = :status"
                        + " AND cp.removed_at IS NULL UNION SELECT c.organization_id FROM collective_posts cp"
                        + " JOIN collectives c ON c.account_id = cp.collective_id WHERE cp.status_id = :status"
                        + " AND cp.removed_at IS NULL AND c.organization_id IS NOT NULL")
                .param("status", statusId)
                .query(Long.class)
                .list();
    }

    /**
     * Which of {@code viewers} (null standing for anonymous ones) may see {@code statusId} and have not muted its
     * author: the audience of a list that holds it whatever its visibility, such as a group's timeline or a thread.
     */
    public Set<Long> audience(long statusId, Collection<Long> viewers) {
        Set<Long> audience = new HashSet<>();
        List<Long> signedIn = viewers.stream().filter(Objects::nonNull).toList();
        if (!signedIn.isEmpty()) {
            audience.addAll(db.sql("SELECT v.id FROM accounts v JOIN statuses s ON s.id = :status WHERE v.id IN"
                            + " (:viewers) AND " + StatusVisibility.notMutedByEach("s", "v.id") + " AND "
                            + StatusVisibility.visibleToEach("s", "v.id"))
                    .param("status", statusId)
                    .param("viewers", signedIn)
                    .query(Long.class)
                    .list());
        }
        if (signedIn.size() < viewers.size()
                && db.sql("SELECT COUNT(*) FROM statuses s WHERE s.id = :status AND "
                                        + StatusVisibility.visibleToEach("s", null))
                                .param("status", statusId)
                                .query(Long.class)
                                .single()
                        > 0) {
            audience.add(null);
        }
        return audience;
    }

    private static JdbcClient.StatementSpec withTag(JdbcClient.StatementSpec spec, String tag) {
        return tag == null ? spec : spec.param("tag", tag.toLowerCase(Locale.ROOT));
    }

    public record AccountFilter(boolean excludeReplies, boolean excludeReblogs, boolean pinned, String tagged) {}

    public Page account(long accountId, Long viewer, AccountFilter filter, PageRequest page) {
        StringBuilder from = new StringBuilder("FROM statuses s");
        if (filter.pinned()) {
            from.append(" JOIN pins p ON p.status_id = s.id AND p.account_id = :account");
        }
        if (filter.tagged() != null && !filter.tagged().isBlank()) {
            from.append(" JOIN status_tags st ON st.status_id = s.id JOIN tags t ON t.id = st.tag_id"
                    + " AND t.name_lower = :tag");
        }
        from.append(" WHERE s.account_id = :account");
        if (filter.excludeReplies()) {
            from.append(" AND (s.in_reply_to_id IS NULL OR s.in_reply_to_account_id = :account)");
        }
        if (filter.excludeReblogs()) {
            from.append(" AND s.reblog_of_id IS NULL");
        }
        Map<String, Object> params = filter.tagged() == null || filter.tagged().isBlank()
                ? Map.of("account", accountId)
                : Map.of("account", accountId, "tag", filter.tagged().toLowerCase(Locale.ROOT));
        return query(from.toString(), "s.id", viewer, page, params);
    }

    /** A group's timeline: posts placed in it and not taken out by its moderators; only pinned ones if asked. */
    public Page group(long groupId, Long viewer, boolean pinnedOnly, PageRequest page) {
        return query(
                "FROM collective_posts cp JOIN statuses s ON s.id = cp.status_id WHERE cp.collective_id = :collective"
                        + " AND cp.removed_at IS NULL" + (pinnedOnly ? " AND cp.pinned_at IS NOT NULL" : "") + " AND "
                        + StatusVisibility.notMutedBy("s", viewer),
                "s.id",
                viewer,
                page,
                Map.of("collective", groupId));
    }

    /** An organization's timeline: its organization-only posts and the activity of its groups. */
    public Page organization(long organizationId, Long viewer, PageRequest page) {
        return query(
                "FROM collective_posts cp JOIN statuses s ON s.id = cp.status_id WHERE cp.removed_at IS NULL AND"
                        + " (cp.collective_id = :collective OR cp.collective_id IN (SELECT oc.account_id FROM"
                        + " collectives oc WHERE oc.organization_id = :collective)) AND "
                        + StatusVisibility.notMutedBy("s", viewer),
                "s.id",
                viewer,
                page,
                Map.of("collective", organizationId));
    }

    public Page favourites(long viewer, PageRequest page) {
        return query(
                "FROM favourites x JOIN statuses s ON s.id = x.status_id WHERE x.account_id = :viewer",
                "x.id",
                viewer,
                page,
                Map.of());
    }

    public Page bookmarks(long viewer, PageRequest page) {
        return query(
                "FROM bookmarks x JOIN statuses s ON s.id = x.status_id WHERE x.account_id = :viewer",
                "x.id",
                viewer,
                page,
                Map.of());
    }

    private Page query(String from, String cursor, Long viewer, PageRequest page, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(cursor)
                .append(" AS cursor_id, ")
                .append(columns())
                .append(' ')
                .append(from)
                .append(" AND ")
                .append(StatusVisibility.visibleTo("s", viewer));
        if (page.maxId() != null) {
            sql.append(" AND ").append(cursor).append(" < :maxId");
        }
        if (page.lowerBound() != null) {
            sql.append(" AND ").append(cursor).append(" > :lowerBound");
        }
        sql.append(" ORDER BY ")
                .append(cursor)
                .append(page.ascending() ? " ASC" : " DESC")
                .append(" LIMIT :limit");
        var spec = db.sql(sql.toString()).param("limit", page.limit());
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        if (page.maxId() != null) {
            spec = spec.param("maxId", page.maxId());
        }
        if (page.lowerBound() != null) {
            spec = spec.param("lowerBound", page.lowerBound());
        }
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Status> statuses = new ArrayList<>();
        List<Long> cursors = new ArrayList<>();
        spec.query((rs, n) -> {
                    cursors.add(rs.getLong("cursor_id"));
                    statuses.add(Statuses.map(rs, n));
                    return null;
                })
                .list();
        if (page.ascending()) {
            Collections.reverse(statuses);
            Collections.reverse(cursors);
        }
        return statuses.isEmpty() ? Page.empty() : new Page(statuses, cursors);
    }

    private static String columns() {
        return "s.id, s.account_id, s.in_reply_to_id, s.in_reply_to_account_id, s.reblog_of_id, s.conversation_id,"
                + " s.text, s.spoiler_text, s.content, s.visibility, s.sensitive, s.language, s.application_id,"
                + " s.created_at, s.edited_at";
    }
}
