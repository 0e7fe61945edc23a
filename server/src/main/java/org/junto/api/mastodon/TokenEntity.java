package org.junto.api.mastodon;

import org.junto.accounts.OAuthTokens;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Mastodon's Token entity, also the body of a successful OAuth token response. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TokenEntity(String accessToken, String tokenType, String scope, long createdAt) {

    static TokenEntity of(OAuthTokens.Issued issued) {
        return new TokenEntity(
                issued.accessToken(),
                "Bearer",
                issued.token().scopes().toString(),
                issued.token().createdAt().getEpochSecond());
    }
}
