package org.junto.contributions;

/**
 * Where a contribution may be seen (issue 6: contributions inside closed or secret groups count only where that
 * group's content may be seen). A contribution outside any group is public, as a profile's counts are; one made in a
 * public group too; one made in a closed or secret group, or in an organization, only for the members.
 */
public final class ContributionScope {
    private ContributionScope() {}

    /**
     * An SQL condition, true when the group named by {@code groupColumn} (null or 0: no group) may be seen by
     * {@code :viewer}; the query binds {@code viewer} when it is not null.
     */
    public static String visibleTo(String groupColumn, Long viewer) {
        String member = viewer == null
                ? ""
                : " OR EXISTS (SELECT 1 FROM memberships csm WHERE csm.collective_id = " + groupColumn
                        + " AND csm.account_id = :viewer)";
        return "(" + groupColumn + " IS NULL OR " + groupColumn + " = 0 OR EXISTS (SELECT 1 FROM collectives csc"
                + " WHERE csc.account_id = " + groupColumn + " AND csc.kind = 'group' AND csc.privacy = 'public')"
                + member + ")";
    }
}
