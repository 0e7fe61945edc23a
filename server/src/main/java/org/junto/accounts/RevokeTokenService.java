package org.junto.accounts;

import org.springframework.stereotype.Service;

/** {@code POST /oauth/revoke}: an app withdraws a token it was issued (RFC 7009). */
@Service
public class RevokeTokenService {
    private final OAuthTokens tokens;

    RevokeTokenService(OAuthTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Revokes {@code token} if {@code client} owns it. Unknown and already revoked tokens are accepted silently, so
     * that revoking is idempotent; a token of another app is refused, as Mastodon does.
     */
    public void revoke(OAuthApp client, String token) {
        if (token == null || token.isBlank()) {
            throw OAuthException.unauthorizedClient("You are not authorized to revoke this token");
        }
        tokens.findActive(token.strip()).ifPresent(found -> {
            if (found.appId() == null || found.appId() != client.id()) {
                throw OAuthException.unauthorizedClient("You are not authorized to revoke this token");
            }
            tokens.revoke(token.strip());
        });
    }
}
