package org.junto.accounts;

import java.time.Instant;
import java.util.List;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes one's own profile and posting defaults, or a group's or organization's profile (for its admins); {@code null}
 * means "leave as it is".
 */
@Service
public class UpdateProfileService {
    public static final int MAX_DISPLAY_NAME = 30;
    public static final int MAX_NOTE = 500;
    public static final int MAX_FIELDS = 4;
    public static final int MAX_FIELD_LENGTH = 255;
    private final Accounts accounts;
    private final Users users;

    UpdateProfileService(Accounts accounts, Users users) {
        this.accounts = accounts;
        this.users = users;
    }

    public record ProfileChange(
            String displayName,
            String note,
            List<Account.ProfileField> fields,
            Boolean locked,
            Boolean bot,
            Boolean discoverable,
            String privacy,
            Boolean sensitive,
            String language) {}

    @Transactional
    public Account update(long accountId, ProfileChange change) {
        Account a = accounts.byId(accountId).orElseThrow(JuntoException::notFound);
        // Groups and organizations are accounts without a user: they have a profile but no posting defaults.
        User u = users.byAccountId(accountId).orElse(null);
        String displayName = change.displayName() == null
                ? a.displayName()
                : change.displayName().strip();
        if (displayName.codePointCount(0, displayName.length()) > MAX_DISPLAY_NAME) {
            throw JuntoException.invalid("Validation failed: Display name is too long (maximum is 30 characters)");
        }
        String note = change.note() == null ? a.note() : change.note();
        if (note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw JuntoException.invalid("Validation failed: Note is too long (maximum is 500 characters)");
        }
        List<Account.ProfileField> fields = change.fields() == null ? a.fields() : change.fields();
        if (fields.size() > MAX_FIELDS) {
            throw JuntoException.invalid("Validation failed: Fields are too many (maximum is 4)");
        }
        for (Account.ProfileField f : fields) {
            if (f.name().length() > MAX_FIELD_LENGTH || f.value().length() > MAX_FIELD_LENGTH) {
                throw JuntoException.invalid("Validation failed: Profile fields are too long (maximum is 255)");
            }
        }
        Account updated = new Account(
                a.id(),
                a.username(),
                displayName,
                note,
                List.copyOf(fields),
                change.locked() == null ? a.locked() : change.locked(),
                change.bot() == null ? a.bot() : change.bot(),
                change.discoverable() == null ? a.discoverable() : change.discoverable(),
                a.actorType(),
                a.createdAt(),
                Instant.now(),
                a.lastStatusAt());
        accounts.updateProfile(updated);
        if (u != null && (change.privacy() != null || change.sensitive() != null || change.language() != null)) {
            String privacy = change.privacy() == null
                    ? u.defaultVisibility()
                    : Visibility.fromApi(change.privacy()).apiName();
            users.updatePostingDefaults(
                    accountId,
                    privacy,
                    change.sensitive() == null ? u.defaultSensitive() : change.sensitive(),
                    change.language() == null ? u.defaultLanguage() : change.language());
        }
        return updated;
    }
}
