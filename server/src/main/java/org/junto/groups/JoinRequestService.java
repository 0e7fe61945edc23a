package org.junto.groups;

import java.util.List;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moderators answer requests to join a closed collective. A join request is also what a Mastodon follow request to a
 * closed group becomes, so either door's request is answered here. */
@Service
public class JoinRequestService {
    private final Authority authority;
    private final Memberships memberships;
    private final MembershipService membershipService;
    private final GroupFollows follows;

    JoinRequestService(
            Authority authority, Memberships memberships, MembershipService membershipService, GroupFollows follows) {
        this.authority = authority;
        this.memberships = memberships;
        this.membershipService = membershipService;
        this.follows = follows;
    }

    public List<Member> pending(long actorId, long collectiveId, PageRequest page) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        return memberships.requests(c.id(), Role.base(c.kind()), page);
    }

    @Transactional
    public void authorize(long actorId, long collectiveId, long requesterId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        if (!memberships.hasRequest(c.id(), requesterId)) {
            throw JuntoException.notFound();
        }
        membershipService.admit(c, requesterId);
    }

    @Transactional
    public void reject(long actorId, long collectiveId, long requesterId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        if (!memberships.removeRequest(c.id(), requesterId)) {
            throw JuntoException.notFound();
        }
        follows.refuse(requesterId, c);
    }
}
