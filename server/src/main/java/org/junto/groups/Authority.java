package org.junto.groups;

import org.junto.core.JuntoException;
import org.springframework.stereotype.Component;

/**
 * Checks what an actor may do in a collective. A collective the actor may not see is "not found" (a secret group must
 * not be confirmed to exist); one it may see but lacks the role for is "forbidden".
 */
@Component
class Authority {
    private final Groups groups;

    Authority(Groups groups) {
        this.groups = groups;
    }

    /** The collective, if the actor may see it. */
    Collective visible(long actorId, long collectiveId) {
        return groups.visibleTo(actorId, collectiveId).orElseThrow(JuntoException::notFound);
    }

    /** The actor's role in the collective, which must be at least {@code least}. */
    Role require(long actorId, Collective collective, Role least) {
        Role role = groups.roleOf(collective.id(), actorId)
                .orElseThrow(() -> JuntoException.forbidden("Only members may do this"));
        if (!role.atLeast(least)) {
            throw JuntoException.forbidden("This needs the role " + least.apiName() + " or higher");
        }
        return role;
    }

    boolean isMember(long actorId, Collective collective) {
        return groups.isMember(collective.id(), actorId);
    }

    /** A role the actor holds through the group's organization and not as a member: organization admins. */
    java.util.Optional<Role> roleIfAny(long actorId, Collective collective) {
        return groups.roleOf(collective.id(), actorId).filter(r -> r.atLeast(Role.ADMIN));
    }

    /** Checks the actor holds a role of at least {@code least}; returns the collective. */
    Collective require(long actorId, long collectiveId, Role least) {
        Collective collective = visible(actorId, collectiveId);
        require(actorId, collective, least);
        return collective;
    }
}
