package org.junto.statuses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one visibility policy (DESIGN principle 4). Every read path — status by id, thread context, every timeline,
 * notifications, and later streaming, search and exports — filters with the SQL condition built here, so there is no
 * second opinion anywhere.
 *
 * <p>A viewer sees a status when it is public or unlisted, or the viewer wrote it, or it mentions the viewer, or it
 * is followers-only and the viewer follows its author, or it was placed in a group or organization the viewer is a
 * member of; and never when either of the two blocks the other, nor when it was placed members-only in a group or
 * organization the viewer is not a member of. A boost is visible only if the boosted status is visible too. Anonymous
 * viewers see public and unlisted statuses that are not members-only.
 */
@Component
public class StatusVisibility {
    private final JdbcClient db;

    StatusVisibility(JdbcClient db) {
        this.db = db;
    }

    /**
     * An SQL condition on the statuses row aliased {@code alias}, true when {@code :viewer} may see it. The query must
     * bind {@code viewer} (for a non-null viewer).
     */
    public static String visibleTo(String alias, Long viewer) {
        return viewer == null ? visibleToEach(alias, null) : visibleToEach(alias, ":viewer");
    }

    /**
     * The same condition with the viewer taken from an SQL expression (a column such as {@code h.account_id}), so
     * that one query can ask the policy about many viewers at once, as live streams do. A null expression stands for
     * an anonymous viewer.
     */
    public static String visibleToEach(String alias, String viewerExpression) {
        String own = ownRule(alias, viewerExpression);
        String original = ownRule(alias + "_o", viewerExpression);
        return "(" + own + " AND (" + alias + ".reblog_of_id IS NULL OR EXISTS (SELECT 1 FROM statuses " + alias
                + "_o WHERE " + alias + "_o.id = " + alias + ".reblog_of_id AND " + original + ")))";
    }

    private static String ownRule(String s, String viewer) {
        if (viewer == null) {
            return "(" + s + ".visibility IN ('public', 'unlisted')" + membersOnly(s, null) + ")";
        }
        return "((" + s + ".visibility IN ('public', 'unlisted') OR " + s + ".account_id = " + viewer
                + " OR EXISTS (SELECT 1 FROM mentions vm WHERE vm.status_id = " + s + ".id AND vm.account_id = "
                + viewer + ") OR (" + s + ".visibility = 'private' AND EXISTS (SELECT 1 FROM follows vf WHERE"
                + " vf.account_id = " + viewer + " AND vf.target_account_id = " + s + ".account_id))"
                + memberGrant(s, viewer) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM blocks vb WHERE (vb.account_id = " + viewer
                + " AND vb.target_account_id = " + s + ".account_id) OR (vb.account_id = " + s + ".account_id"
                + " AND vb.target_account_id = " + viewer + "))" + membersOnly(s, viewer) + ")";
    }

    /**
     * Groups and organizations (decision 0012): a status placed in one is also visible to its members, unless it is a
     * direct message.
     */
    private static String memberGrant(String s, String viewer) {
        return " OR (" + s + ".visibility <> 'direct' AND EXISTS (SELECT 1 FROM collective_posts vcg JOIN memberships"
                + " vmg ON vmg.collective_id = vcg.collective_id WHERE vcg.status_id = " + s + ".id"
                + " AND vmg.account_id = " + viewer + "))";
    }

    /**
     * ... and a status placed members-only (closed and secret groups, organization-only posts) is visible to nobody
     * but the members and its author, whatever else would allow it.
     */
    private static String membersOnly(String s, String viewer) {
        String outsider = viewer == null
                ? ""
                : " AND " + s + ".account_id <> " + viewer + " AND NOT EXISTS (SELECT 1 FROM memberships vmo"
                        + " WHERE vmo.collective_id = vco.collective_id AND vmo.account_id = " + viewer + ")";
        return " AND NOT EXISTS (SELECT 1 FROM collective_posts vco WHERE vco.status_id = " + s + ".id"
                + " AND vco.members_only = 1" + outsider + ")";
    }

    /**
     * An SQL condition that hides statuses (and boosts) by accounts the viewer muted, for timelines and
     * notifications. Empty for anonymous viewers. A mute past its {@code expires_at} no longer applies.
     */
    public static String notMutedBy(String alias, Long viewer) {
        return notMutedByEach(alias, viewer == null ? null : ":viewer");
    }

    /** {@link #notMutedBy} with the viewer taken from an SQL expression; null stands for an anonymous viewer. */
    public static String notMutedByEach(String alias, String viewerExpression) {
        if (viewerExpression == null) {
            return "(1 = 1)";
        }
        // active_mutes leaves out expired mutes in SQL, so this text is the same at every call (decision 0024).
        return "(NOT EXISTS (SELECT 1 FROM active_mutes mm WHERE mm.account_id = " + viewerExpression
                + " AND mm.target_account_id IN ("
                + alias + ".account_id, COALESCE((SELECT o.account_id FROM statuses o WHERE o.id = " + alias
                + ".reblog_of_id), 0))))";
    }

    /**
     * Which of {@code viewers} may see the status and have not muted its author (or the boosted author): whom a live
     * event about it may reach.
     */
    public java.util.Set<Long> audience(long statusId, java.util.Collection<Long> viewers) {
        if (viewers.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(db.sql("SELECT v.id FROM accounts v JOIN statuses s ON s.id = :id"
                        + " WHERE v.id IN (:viewers) AND " + visibleToEach("s", "v.id") + " AND "
                        + notMutedByEach("s", "v.id"))
                .param("id", statusId)
                .param("viewers", viewers)
                .query(Long.class)
                .list());
    }

    public boolean canSee(Long viewer, long statusId) {
        var spec = db.sql("SELECT COUNT(*) FROM statuses s WHERE s.id = :id AND " + visibleTo("s", viewer))
                .param("id", statusId);
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        return spec.query(Long.class).single() > 0;
    }
}
