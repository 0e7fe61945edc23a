package org.junto.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junto.accounts.Accounts;
import org.junto.accounts.OAuthTokens;
import org.junto.core.JuntoException;
import org.junto.social.Blocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: to one account (who then joins even a closed or secret group), and shareable links with an expiry and
 * a use limit. Members invite to public groups; moderators and above to closed and secret ones, and make links.
 */
@Service
public class InvitationService {
    public static final Duration MAX_LINK_LIFE = Duration.ofDays(365);
    private final Authority authority;
    private final Invitations invitations;
    private final Memberships memberships;
    private final MembershipService membershipService;
    private final Accounts accounts;
    private final Blocks blocks;
    private final Groups groups;

    InvitationService(
            Authority authority,
            Invitations invitations,
            Memberships memberships,
            MembershipService membershipService,
            Accounts accounts,
            Blocks blocks,
            Groups groups) {
        this.authority = authority;
        this.invitations = invitations;
        this.memberships = memberships;
        this.membershipService = membershipService;
        this.accounts = accounts;
        this.blocks = blocks;
        this.groups = groups;
    }

    @Transactional
    public Invitation invite(long actorId, long collectiveId, long inviteeId) {
        Collective c = authority.visible(actorId, collectiveId);
        authority.require(actorId, c, c.privacy() == Privacy.PUBLIC ? Role.base(c.kind()) : Role.MODERATOR);
        accounts.byId(inviteeId)
                .filter(a -> groups.byId(a.id()).isEmpty())
                .orElseThrow(() -> JuntoException.invalid("Validation failed: account_id is not a person"));
        if (memberships.find(c.id(), inviteeId).isPresent()) {
            throw JuntoException.invalid("Validation failed: the account is already a member");
        }
        if (blocks.blocks(c.id(), inviteeId)) {
            throw JuntoException.invalid("Validation failed: the account is banned; unban it first");
        }
        if (invitations.directExists(c.id(), inviteeId)) {
            return invitations.forInvitee(inviteeId).stream()
                    .filter(i -> i.collectiveId() == c.id())
                    .findFirst()
                    .orElseThrow();
        }
        return invitations.insert(c.id(), actorId, inviteeId, null, null, null);
    }

    /** Makes a link; {@code maxUses} and {@code expiresIn} are optional (null: unlimited, never expires). */
    @Transactional
    public Invitation createLink(long actorId, long collectiveId, Integer maxUses, Duration expiresIn) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        if (maxUses != null && (maxUses < 1 || maxUses > 100_000)) {
            throw JuntoException.invalid("Validation failed: max_uses must be between 1 and 100000");
        }
        if (expiresIn != null
                && (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(MAX_LINK_LIFE) > 0)) {
            throw JuntoException.invalid("Validation failed: expires_in must be between 1 second and 365 days");
        }
        Instant expires = expiresIn == null ? null : Instant.now().plus(expiresIn);
        return invitations.insert(c.id(), actorId, null, OAuthTokens.randomToken(), maxUses, expires);
    }

    /** The collective a link leads to, for a preview before accepting; 404 when the code names nothing. */
    public Invitation link(String code) {
        return invitations.byCode(code == null ? "" : code).orElseThrow(JuntoException::notFound);
    }

    /** Joins through a link: refused when it has expired or is used up (410), or the account is banned (403). */
    @Transactional
    public Collective accept(long actorId, String code) {
        Invitation link = link(code);
        Collective c = groups.byId(link.collectiveId()).orElseThrow(JuntoException::notFound);
        if (memberships.find(c.id(), actorId).isPresent()) {
            return c;
        }
        if (blocks.blocks(c.id(), actorId)) {
            throw JuntoException.forbidden(
                    "You are banned from this " + c.kind().apiName());
        }
        if (link.expiresAt() != null && !Instant.now().isBefore(link.expiresAt())) {
            throw new JuntoException(JuntoException.Kind.GONE, "This invitation has expired");
        }
        if (!invitations.use(link.id())) {
            throw new JuntoException(JuntoException.Kind.GONE, "This invitation has been used up");
        }
        membershipService.admit(c, actorId);
        return c;
    }

    @Transactional
    public void revoke(long actorId, long collectiveId, long invitationId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        if (!invitations.delete(c.id(), invitationId)) {
            throw JuntoException.notFound();
        }
    }

    /** Declines an invitation addressed to the actor. */
    @Transactional
    public void decline(long actorId, long collectiveId) {
        if (!invitations.dropFor(collectiveId, actorId)) {
            throw JuntoException.notFound();
        }
    }

    public List<Invitation> ofCollective(long actorId, long collectiveId) {
        Collective c = authority.require(actorId, collectiveId, Role.MODERATOR);
        return invitations.ofCollective(c.id());
    }

    public List<Invitation> addressedTo(long actorId) {
        return invitations.forInvitee(actorId);
    }
}
