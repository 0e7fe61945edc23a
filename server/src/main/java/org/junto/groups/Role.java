package org.junto.groups;

import java.util.Locale;
import org.junto.core.JuntoException;

/**
 * A member's role. Groups have owner, admin, moderator and member; organizations owner, admin, staff and contributor.
 * Roles of the two kinds with the same rank carry the same powers: moderators and staff moderate, admins also manage
 * roles and the profile, the one owner also transfers and deletes.
 */
public enum Role {
    OWNER(4),
    ADMIN(3),
    MODERATOR(2),
    STAFF(2),
    MEMBER(1),
    CONTRIBUTOR(1);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean atLeast(Role other) {
        return rank >= other.rank;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lowest role of a kind: what joining gives. */
    public static Role base(Kind kind) {
        return kind == Kind.GROUP ? MEMBER : CONTRIBUTOR;
    }

    public boolean belongsTo(Kind kind) {
        return switch (this) {
            case OWNER, ADMIN -> true;
            case MODERATOR, MEMBER -> kind == Kind.GROUP;
            case STAFF, CONTRIBUTOR -> kind == Kind.ORGANIZATION;
        };
    }

    /** A role named in a request, which must be one of the kind's roles other than owner (owners are transferred). */
    public static Role assignable(String value, Kind kind) {
        Role role;
        try {
            role = Role.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            role = null;
        }
        if (role == null || role == OWNER || !role.belongsTo(kind)) {
            throw JuntoException.invalid("Validation failed: role must be one of "
                    + (kind == Kind.GROUP ? "admin, moderator, member" : "admin, staff, contributor"));
        }
        return role;
    }

    static Role stored(String value) {
        return Role.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
