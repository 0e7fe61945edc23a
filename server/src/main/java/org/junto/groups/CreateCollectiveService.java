package org.junto.groups;

import java.time.Instant;
import org.junto.accounts.Accounts;
import org.junto.accounts.UpdateProfileService;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a group or an organization: its account (the handle shares the account namespace, so {@code @handle} names
 * exactly one thing), its collective row, and the creator as its owner. A group created in an organization needs an
 * admin of that organization.
 */
@Service
public class CreateCollectiveService {
    public static final int MAX_RULES = 2000;
    private final Accounts accounts;
    private final Collectives collectives;
    private final Memberships memberships;
    private final Groups groups;
    private final GroupFollows follows;

    CreateCollectiveService(
            Accounts accounts, Collectives collectives, Memberships memberships, Groups groups, GroupFollows follows) {
        this.accounts = accounts;
        this.collectives = collectives;
        this.memberships = memberships;
        this.groups = groups;
        this.follows = follows;
    }

    public record NewCollective(
            String handle, String displayName, String note, String rules, Privacy privacy, Long organizationId) {}

    @Transactional
    public Collective create(long creatorId, Kind kind, NewCollective request) {
        String handle = checkHandle(request.handle());
        String displayName = checkProfile(request.displayName(), request.note());
        String rules = checkRules(request.rules());
        Long organization = request.organizationId();
        if (organization != null) {
            checkOrganization(creatorId, kind, organization);
        }
        Privacy privacy = request.privacy() == null ? Privacy.PUBLIC : request.privacy();
        long id = Ids.next();
        accounts.insertActor(
                id,
                handle,
                displayName,
                request.note() == null ? "" : request.note(),
                kind.actorType(),
                privacy != Privacy.PUBLIC);
        Collective collective = new Collective(id, kind, privacy, rules, organization, Instant.now());
        collectives.insert(collective);
        memberships.add(id, creatorId, Role.OWNER);
        follows.subscribe(creatorId, collective);
        return collective;
    }

    private String checkHandle(String handle) {
        String h = handle == null ? "" : handle.strip().replaceFirst("^[@!]", "");
        if (h.isEmpty()) {
            throw JuntoException.invalid("Validation failed: handle can't be blank");
        }
        if (!Accounts.USERNAME.matcher(h).matches()) {
            throw JuntoException.invalid("Validation failed: handle must be 1 to 30 letters, numbers and underscores");
        }
        if (accounts.usernameTaken(h)) {
            throw new JuntoException(JuntoException.Kind.CONFLICT, "Validation failed: handle is already taken");
        }
        return h;
    }

    static String checkProfile(String displayName, String note) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.codePointCount(0, name.length()) > UpdateProfileService.MAX_DISPLAY_NAME) {
            throw JuntoException.invalid("Validation failed: display_name is too long (maximum is 30 characters)");
        }
        if (note != null && note.codePointCount(0, note.length()) > UpdateProfileService.MAX_NOTE) {
            throw JuntoException.invalid("Validation failed: note is too long (maximum is 500 characters)");
        }
        return name;
    }

    static String checkRules(String rules) {
        String r = rules == null ? "" : rules.strip();
        if (r.codePointCount(0, r.length()) > MAX_RULES) {
            throw JuntoException.invalid("Validation failed: rules are too long (maximum is 2000 characters)");
        }
        return r;
    }

    private void checkOrganization(long creatorId, Kind kind, long organizationId) {
        if (kind != Kind.GROUP) {
            throw JuntoException.invalid("Validation failed: only groups belong to an organization");
        }
        Collective org = groups.visibleTo(creatorId, organizationId)
                .filter(c -> c.kind() == Kind.ORGANIZATION)
                .orElseThrow(() -> JuntoException.invalid("Validation failed: organization_id is not an organization"));
        boolean admin = groups.roleOf(org.id(), creatorId)
                .map(r -> r.atLeast(Role.ADMIN))
                .orElse(false);
        if (!admin) {
            throw JuntoException.forbidden("Only an organization's admins may create its groups");
        }
    }
}
