package org.junto.groups;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of groups and organizations, for every door and for other modules (trends): which collectives a
 * viewer may see, member counts, a member's role. A secret group exists only for its members and those invited to it;
 * to everyone else it is "not found", its account included. (The admins of a group's organization see it too.)
 */
@Component
public class Groups {
    private final JdbcClient db;
    private final Collectives collectives;
    private final Memberships memberships;

    Groups(JdbcClient db, Collectives collectives, Memberships memberships) {
        this.db = db;
        this.collectives = collectives;
        this.memberships = memberships;
    }

    /** An SQL condition on the collectives row aliased {@code c}: the viewer (bound as {@code :viewer}) may see it. */
    static String visible(Long viewer) {
        if (viewer == null) {
            return "(c.privacy <> 'secret')";
        }
        return "(c.privacy <> 'secret' OR EXISTS (SELECT 1 FROM memberships gm WHERE gm.collective_id = c.account_id"
                + " AND gm.account_id = :viewer) OR EXISTS (SELECT 1 FROM invitations gi"
                + " WHERE gi.collective_id = c.account_id AND gi.invitee_id = :viewer)"
                + " OR EXISTS (SELECT 1 FROM memberships go WHERE go.collective_id = c.organization_id"
                + " AND go.account_id = :viewer AND go.role IN ('owner', 'admin')))";
    }

    /** The collective behind an account id, whoever asks: for services that check authority themselves. */
    public Optional<Collective> byId(long id) {
        return collectives.byId(id);
    }

    /** The collective if {@code viewer} may see it. */
    public Optional<Collective> visibleTo(Long viewer, long id) {
        var spec = db.sql("SELECT " + Collectives.COLUMNS + " FROM collectives c WHERE c.account_id = :id AND "
                        + visible(viewer))
                .param("id", id);
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        return spec.query(Collectives::map).optional();
    }

    /** True when {@code accountId} is a secret group {@code viewer} may not know of (any other account: false). */
    public boolean hiddenFrom(Long viewer, long accountId) {
        return collectives.byId(accountId).isPresent()
                && visibleTo(viewer, accountId).isEmpty();
    }

    /** The items whose account the viewer may know of, in order: drops secret groups from lists and search. */
    public <T> List<T> knownTo(Long viewer, List<T> items, ToLongFunction<T> accountId) {
        return items.stream()
                .filter(item -> !hiddenFrom(viewer, accountId.applyAsLong(item)))
                .toList();
    }

    /**
     * The role {@code accountId} acts with in a collective: its own membership's, raised to admin when it is an owner
     * or admin of the organization the group belongs to.
     */
    public Optional<Role> roleOf(long collectiveId, long accountId) {
        Optional<Role> own = memberships.find(collectiveId, accountId).map(Member::role);
        Optional<Role> viaOrganization = collectives
                .byId(collectiveId)
                .map(Collective::organizationId)
                .flatMap(org -> memberships.find(org, accountId))
                .map(Member::role)
                .filter(r -> r.atLeast(Role.ADMIN))
                .map(r -> Role.ADMIN);
        if (own.isPresent() && viaOrganization.isPresent()) {
            return own.get().atLeast(Role.ADMIN) ? own : viaOrganization;
        }
        return own.isPresent() ? own : viaOrganization;
    }

    /** Where a viewer stands with a collective: its role (null if none), a pending request, an invitation. */
    public record Standing(Role role, boolean requested, boolean invited) {}

    public Standing standing(long collectiveId, long viewer) {
        boolean invited = db.sql("SELECT COUNT(*) FROM invitations WHERE collective_id = ? AND invitee_id = ?")
                        .params(collectiveId, viewer)
                        .query(Long.class)
                        .single()
                > 0;
        return new Standing(
                roleOf(collectiveId, viewer).orElse(null), memberships.hasRequest(collectiveId, viewer), invited);
    }

    public boolean isMember(long collectiveId, Long accountId) {
        return accountId != null && memberships.find(collectiveId, accountId).isPresent();
    }

    /** Of these statuses, those placed members-only in a collective (closed and secret groups, organizations). */
    public java.util.Set<Long> membersOnly(Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                db.sql("SELECT status_id FROM collective_posts WHERE status_id IN (:ids) AND members_only = 1")
                        .param("ids", statusIds)
                        .query(Long.class)
                        .list());
    }

    public Map<Long, Long> memberCounts(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        db.sql("SELECT collective_id, COUNT(*) FROM memberships WHERE collective_id IN (:ids) GROUP BY collective_id")
                .param("ids", ids)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /**
     * The directory: collectives of a kind the viewer may see (only those it belongs to when {@code mine}), or the
     * groups of one organization; newest first, paged by account id.
     */
    public List<Collective> directory(Kind kind, Long viewer, boolean mine, Long organizationId, PageRequest page) {
        if (mine && viewer == null) {
            return List.of();
        }
        String sql = "SELECT " + Collectives.COLUMNS + " FROM collectives c WHERE c.kind = :kind AND " + visible(viewer)
                + (mine
                        ? " AND EXISTS (SELECT 1 FROM memberships mm WHERE mm.collective_id = c.account_id"
                                + " AND mm.account_id = :viewer)"
                        : "")
                + (organizationId == null ? "" : " AND c.organization_id = :org")
                + Keyset.bounds("c.account_id", page) + Keyset.orderAndLimit("c.account_id", page);
        var spec = db.sql(sql).param("kind", kind.apiName());
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        if (organizationId != null) {
            spec = spec.param("org", organizationId);
        }
        return Keyset.newestFirst(spec.query(Collectives::map).list(), page);
    }
}
