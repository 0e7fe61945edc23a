package org.junto.security;

import org.junto.accounts.Scopes;
import org.junto.core.JuntoException;

/**
 * Who is calling: an OAuth token (with or without a user), a signed-in web session, or nobody. Entry points ask it
 * for what they need; it answers with Mastodon's errors when the caller falls short.
 */
public record Caller(Long accountId, Long appId, Long tokenId, Scopes scopes) {
    public static final Caller ANONYMOUS = new Caller(null, null, null, new Scopes(java.util.Set.of()));

    public static Caller webSession(long accountId) {
        return new Caller(accountId, null, null, Scopes.parse("read write follow push"));
    }

    public boolean isAnonymous() {
        return tokenId == null && accountId == null;
    }

    public boolean hasUser() {
        return accountId != null;
    }

    /** The signed-in account, after checking the token carries {@code scope}. */
    public long requireUser(String scope) {
        if (isAnonymous()) {
            throw JuntoException.unauthorized("The access token is invalid");
        }
        requireScope(scope);
        if (accountId == null) {
            throw JuntoException.invalid("This method requires an authenticated user");
        }
        return accountId;
    }

    /** For public reads: the viewer's account id if a user token with {@code scope} is presented, else null. */
    public Long viewer(String scope) {
        if (accountId == null) {
            return null;
        }
        requireScope(scope);
        return accountId;
    }

    public void requireScope(String scope) {
        if (!scopes.allows(scope)) {
            throw JuntoException.forbidden("This action is outside the authorized scopes");
        }
    }
}
