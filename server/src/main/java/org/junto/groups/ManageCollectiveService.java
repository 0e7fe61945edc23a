package org.junto.groups;

import java.util.Locale;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.UpdateProfileService;
import org.junto.core.JuntoException;
import org.junto.statuses.DeleteStatusService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins edit a collective's profile, rules and privacy; the owner deletes it with its content. Closing a group makes
 * its earlier posts members-only too; opening it applies to new posts only, so no post becomes more visible than it
 * was when written.
 */
@Service
public class ManageCollectiveService {
    private final Authority authority;
    private final Collectives collectives;
    private final CollectivePosts posts;
    private final Accounts accounts;
    private final UpdateProfileService profiles;
    private final DeleteStatusService deletions;

    ManageCollectiveService(
            Authority authority,
            Collectives collectives,
            CollectivePosts posts,
            Accounts accounts,
            UpdateProfileService profiles,
            DeleteStatusService deletions) {
        this.authority = authority;
        this.collectives = collectives;
        this.posts = posts;
        this.accounts = accounts;
        this.profiles = profiles;
        this.deletions = deletions;
    }

    public record Change(String displayName, String note, String rules, Privacy privacy) {}

    @Transactional
    public Collective update(long actorId, long collectiveId, Change change) {
        Collective c = authority.require(actorId, collectiveId, Role.ADMIN);
        CreateCollectiveService.checkProfile(change.displayName(), change.note());
        String rules = change.rules() == null ? c.rules() : CreateCollectiveService.checkRules(change.rules());
        Privacy privacy = change.privacy() == null ? c.privacy() : change.privacy();
        profiles.update(
                c.id(),
                new UpdateProfileService.ProfileChange(
                        change.displayName(),
                        change.note(),
                        null,
                        privacy != Privacy.PUBLIC,
                        null,
                        null,
                        null,
                        null,
                        null));
        collectives.update(c.id(), privacy, rules);
        if (privacy.membersOnly() && !c.privacy().membersOnly()) {
            posts.restrictAll(c.id());
        }
        return collectives.byId(c.id()).orElseThrow();
    }

    /** Deletes the collective, the posts placed in it and its account; {@code confirm} must repeat its handle. */
    @Transactional
    public void delete(long actorId, long collectiveId, String confirm) {
        Collective c = authority.visible(actorId, collectiveId);
        if (authority.require(actorId, c, Role.OWNER) != Role.OWNER) {
            throw JuntoException.forbidden("Only the owner may delete it");
        }
        Account account = accounts.byId(c.id()).orElseThrow(JuntoException::notFound);
        if (confirm == null
                || !confirm.strip()
                        .replaceFirst("^[@!]", "")
                        .toLowerCase(Locale.ROOT)
                        .equals(account.username().toLowerCase(Locale.ROOT))) {
            throw JuntoException.invalid("Validation failed: confirm must repeat the handle to delete");
        }
        for (long statusId : posts.statusIds(c.id())) {
            deletions.deleteByModeration(statusId);
        }
        accounts.delete(c.id());
    }
}
