package org.junto.accounts;

import org.springframework.stereotype.Service;

/** OAuth 2's client credentials grant: an app token with no user, for registering accounts and public reads. */
@Service
public class ClientCredentialsGrant {
    private final OAuthTokens tokens;

    ClientCredentialsGrant(OAuthTokens tokens) {
        this.tokens = tokens;
    }

    /** Issues an app token; {@code scope} defaults to {@code read} and must lie within the app's scopes. */
    public OAuthTokens.Issued issue(OAuthApp client, String scope) {
        Scopes scopes = Scopes.parse(scope);
        if (!scopes.values().stream().allMatch(Scopes::isKnown) || !scopes.within(client.scopes())) {
            throw OAuthException.invalidScope();
        }
        return tokens.issue(client.id(), null, scopes);
    }
}
