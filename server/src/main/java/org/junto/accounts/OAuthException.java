package org.junto.accounts;

/**
 * An OAuth 2 protocol error (RFC 6749 section 5.2), answered as {@code {"error": code, "error_description": …}}
 * rather than in the Mastodon API's own error shape. The texts are Doorkeeper's, which Mastodon clients see.
 */
public class OAuthException extends RuntimeException {
    private final String error;
    private final int status;

    public OAuthException(String error, String description, int status) {
        super(description);
        this.error = error;
        this.status = status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    public int status() {
        return status;
    }

    public static OAuthException invalidClient() {
        return new OAuthException(
                "invalid_client",
                "Client authentication failed due to unknown client, no client authentication included, or"
                        + " unsupported authentication method.",
                401);
    }

    public static OAuthException invalidGrant() {
        return new OAuthException(
                "invalid_grant",
                "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI"
                        + " used in the authorization request, or was issued to another client.",
                400);
    }

    public static OAuthException invalidScope() {
        return new OAuthException("invalid_scope", "The requested scope is invalid, unknown, or malformed.", 400);
    }

    public static OAuthException invalidRequest(String detail) {
        return new OAuthException(
                "invalid_request",
                "The request is missing a required parameter, includes an unsupported parameter value, or is"
                        + " otherwise malformed. " + detail,
                400);
    }

    public static OAuthException unsupportedGrantType() {
        return new OAuthException(
                "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
                400);
    }

    public static OAuthException unsupportedResponseType() {
        return new OAuthException(
                "unsupported_response_type", "The authorization server does not support this response type.", 400);
    }

    public static OAuthException invalidRedirectUri() {
        return new OAuthException(
                "invalid_redirect_uri",
                "The requested redirect uri is malformed or doesn't match client redirect URI.",
                400);
    }

    public static OAuthException unauthorizedClient(String description) {
        return new OAuthException("unauthorized_client", description, 403);
    }
}
