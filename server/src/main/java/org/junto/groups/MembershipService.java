package org.junto.groups;

import org.junto.core.JuntoException;
import org.junto.social.BlockService;
import org.junto.social.Blocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining and leaving, and what moderators and admins do to members: roles, removal, bans. A ban is the collective's
 * block of the account, so the social graph enforces it everywhere a block counts (follows, visibility, mentions).
 */
@Service
public class MembershipService {
    private final Authority authority;
    private final Memberships memberships;
    private final Invitations invitations;
    private final GroupFollows follows;
    private final Blocks blocks;
    private final BlockService blockService;

    MembershipService(
            Authority authority,
            Memberships memberships,
            Invitations invitations,
            GroupFollows follows,
            Blocks blocks,
            BlockService blockService) {
        this.authority = authority;
        this.memberships = memberships;
        this.invitations = invitations;
        this.follows = follows;
        this.blocks = blocks;
        this.blockService = blockService;
    }

    public enum JoinState {
        MEMBER,
        REQUESTED
    }

    /**
     * Joins a public collective, or one the actor was invited to, or any group of an organization it administers;
     * asks to join a closed one; a secret one without an invitation refuses.
     */
    @Transactional
    public JoinState join(long actorId, long collectiveId) {
        Collective c = authority.visible(actorId, collectiveId);
        if (blocks.blocks(c.id(), actorId)) {
            throw JuntoException.forbidden(
                    "You are banned from this " + c.kind().apiName());
        }
        if (memberships.find(c.id(), actorId).isPresent()) {
            return JoinState.MEMBER;
        }
        boolean invited = invitations.consumeDirect(c.id(), actorId);
        boolean administers = authority.roleIfAny(actorId, c).isPresent();
        if (invited || administers || c.privacy() == Privacy.PUBLIC) {
            admit(c, actorId);
            return JoinState.MEMBER;
        }
        if (c.privacy() == Privacy.SECRET) {
            throw JuntoException.forbidden("This group is invitation only");
        }
        memberships.addRequest(c.id(), actorId);
        return JoinState.REQUESTED;
    }

    /** Makes the account a member with the base role (a decision already taken: request, invitation, join). */
    void admit(Collective c, long accountId) {
        memberships.removeRequest(c.id(), accountId);
        memberships.add(c.id(), accountId, Role.base(c.kind()));
        follows.subscribe(accountId, c);
    }

    /** Leaves (or withdraws a join request). The owner must transfer ownership or delete the collective first. */
    @Transactional
    public void leave(long actorId, long collectiveId) {
        Collective c = authority.visible(actorId, collectiveId);
        memberships.removeRequest(c.id(), actorId);
        var member = memberships.find(c.id(), actorId);
        if (member.isEmpty()) {
            follows.refuse(actorId, c);
            return;
        }
        if (member.get().role() == Role.OWNER) {
            throw JuntoException.invalid("The owner cannot leave; transfer ownership or delete it first");
        }
        memberships.remove(c.id(), actorId);
        follows.unsubscribe(actorId, c);
    }

    /** Promotes or demotes: only the owner makes admins; admins manage the roles below their own. */
    @Transactional
    public Member setRole(long actorId, long collectiveId, long targetId, Role role) {
        Collective c = authority.require(actorId, collectiveId, Role.ADMIN);
        Role mine = authority.require(actorId, c, Role.ADMIN);
        Member target = memberships.find(c.id(), targetId).orElseThrow(JuntoException::notFound);
        if (!role.belongsTo(c.kind()) || role == Role.OWNER) {
            throw JuntoException.invalid("Validation failed: that role does not exist here");
        }
        boolean owner = mine == Role.OWNER;
        if (!owner && (target.role().rank() >= mine.rank() || role.rank() >= mine.rank())) {
            throw JuntoException.forbidden("Only the owner may change the role of an admin or make one");
        }
        if (target.role() == Role.OWNER) {
            throw JuntoException.invalid("The owner's role changes only by a transfer of ownership");
        }
        memberships.setRole(c.id(), targetId, role);
        return memberships.find(c.id(), targetId).orElseThrow();
    }

    /** Removes a member: moderators remove members below their own role. */
    @Transactional
    public void remove(long actorId, long collectiveId, long targetId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        Member target = memberships.find(c.id(), targetId).orElseThrow(JuntoException::notFound);
        checkOutranks(actorId, c, target);
        memberships.remove(c.id(), targetId);
        follows.unsubscribe(targetId, c);
    }

    /** Bans an account (member or not): removed, its request and invitations dropped, blocked by the collective. */
    @Transactional
    public void ban(long actorId, long collectiveId, long targetId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        var target = memberships.find(c.id(), targetId);
        if (target.isPresent()) {
            checkOutranks(actorId, c, target.get());
            memberships.remove(c.id(), targetId);
        }
        memberships.removeRequest(c.id(), targetId);
        invitations.dropFor(c.id(), targetId);
        blockService.block(c.id(), targetId);
    }

    /** The accounts the collective bans, newest ban first, paged by the ban's id: for its moderators only. */
    public java.util.List<org.junto.social.Listed> bans(
            long actorId, long collectiveId, org.junto.core.PageRequest page) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        return blocks.blockedBy(c.id(), page);
    }

    @Transactional
    public void unban(long actorId, long collectiveId, long targetId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        blockService.unblock(c.id(), targetId);
    }

    /** Hands ownership to another member; the former owner stays as an admin. */
    @Transactional
    public void transfer(long actorId, long collectiveId, long targetId) {
        Collective c = authority.visible(actorId, collectiveId);
        boolean owner = memberships
                .find(c.id(), actorId)
                .map(m -> m.role() == Role.OWNER)
                .orElse(false);
        if (!owner) {
            throw JuntoException.forbidden("Only the owner may transfer ownership");
        }
        memberships
                .find(c.id(), targetId)
                .filter(m -> m.accountId() != actorId)
                .orElseThrow(() -> JuntoException.invalid("Validation failed: the new owner must be a member"));
        memberships.setRole(c.id(), targetId, Role.OWNER);
        memberships.setRole(c.id(), actorId, Role.ADMIN);
    }

    private void checkOutranks(long actorId, Collective c, Member target) {
        Role mine = authority.require(actorId, c, Role.MODERATOR);
        if (target.accountId() == actorId || target.role().rank() >= mine.rank()) {
            throw JuntoException.forbidden("Only members below your own role may be removed or banned");
        }
    }
}
