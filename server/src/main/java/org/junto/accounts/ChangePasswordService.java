package org.junto.accounts;

import org.junto.core.JuntoException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password: the current one must match and the new one must follow the sign-up rules.
 * Every OAuth token of the account is revoked too, as Mastodon does, so a stolen password stops working everywhere.
 */
@Service
public class ChangePasswordService {
    private final Users users;
    private final Passwords passwords;
    private final OAuthTokens tokens;

    ChangePasswordService(Users users, Passwords passwords, OAuthTokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @Transactional
    public void change(long accountId, String current, String replacement) {
        String hash = users.passwordHash(accountId).orElseThrow(JuntoException::notFound);
        if (current == null || !passwords.matches(current, hash)) {
            throw JuntoException.invalid("The current password is not right");
        }
        if (replacement == null || replacement.length() < Passwords.MIN_LENGTH) {
            throw JuntoException.invalid("The new password is too short (at least " + Passwords.MIN_LENGTH + ")");
        }
        if (replacement.length() > Passwords.MAX_LENGTH) {
            throw JuntoException.invalid("The new password is too long (at most " + Passwords.MAX_LENGTH + ")");
        }
        users.updatePassword(accountId, passwords.hash(replacement));
        tokens.revokeAllOf(accountId);
    }
}
