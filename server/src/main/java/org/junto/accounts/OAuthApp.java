package org.junto.accounts;

import java.time.Instant;
import java.util.List;

/** A registered OAuth client application. Its secret is never kept in plain text, so it is not part of this model. */
public record OAuthApp(
        long id,
        String name,
        String website,
        List<String> redirectUris,
        Scopes scopes,
        String clientId,
        Long ownerAccountId,
        Instant createdAt) {

    /** The redirect URI that asks the server to show the code instead of redirecting (RFC 6749's "out of band"). */
    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";

    public boolean allowsRedirect(String uri) {
        return uri != null && redirectUris.contains(uri);
    }

    /** Mastodon's deprecated single-string form: the URIs separated by newlines. */
    public String redirectUri() {
        return String.join("\n", redirectUris);
    }
}
