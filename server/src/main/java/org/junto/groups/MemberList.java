package org.junto.groups;

import java.util.List;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.springframework.stereotype.Component;

/** Who belongs to a collective, newest member first: anyone may see a public one's, members alone a closed one's. */
@Component
public class MemberList {
    private final Groups groups;
    private final Memberships memberships;

    MemberList(Groups groups, Memberships memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    public List<Member> page(Long viewer, long collectiveId, PageRequest page) {
        Collective c = groups.visibleTo(viewer, collectiveId).orElseThrow(JuntoException::notFound);
        if (c.privacy() != Privacy.PUBLIC
                && groups.roleOf(c.id(), viewer == null ? 0 : viewer).isEmpty()) {
            throw JuntoException.forbidden("Only members may see who belongs to it");
        }
        return memberships.page(c.id(), page);
    }
}
