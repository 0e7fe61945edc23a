package org.junto.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OAuth 2's authorization code grant as Mastodon runs it: a signed-in person approves an app's request, the app gets
 * a single-use code (10 minutes, stored hashed) and trades it, with its client credentials and, if it sent a PKCE
 * challenge, the S256 verifier, for an access token. A code presented twice revokes the token it first bought.
 */
@Service
public class AuthorizationCodeGrant {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Pattern PKCE_VALUE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private final OAuthApps apps;
    private final OAuthCodes codes;
    private final OAuthTokens tokens;

    AuthorizationCodeGrant(OAuthApps apps, OAuthCodes codes, OAuthTokens tokens) {
        this.apps = apps;
        this.codes = codes;
        this.tokens = tokens;
    }

    /** An authorization request that passed every check: safe to show for consent. */
    public record Request(OAuthApp app, String redirectUri, Scopes scopes, String state, String codeChallenge) {
        public boolean isOutOfBand() {
            return OAuthApp.OOB.equals(redirectUri);
        }
    }

    /**
     * A refused authorization request. {@code redirectUri} is where the error may be reported to the client; it is
     * null when the client or its redirect URI cannot be trusted, and then the person sees an error page instead.
     */
    public static final class Rejected extends OAuthException {
        private final transient String redirectUri;
        private final transient String state;

        Rejected(OAuthException cause, String redirectUri, String state) {
            super(cause.error(), cause.description(), cause.status());
            this.redirectUri = redirectUri;
            this.state = state;
        }

        /** The person said no: reported to the app as {@code access_denied}. */
        public static Rejected accessDenied(Request request) {
            return new Rejected(
                    new OAuthException(
                            "access_denied", "The resource owner or authorization server denied the request.", 400),
                    request.redirectUri(),
                    request.state());
        }

        public String redirectUri() {
            return redirectUri;
        }

        public String state() {
            return state;
        }
    }

    /** Checks the parameters of {@code GET /oauth/authorize} in the order Doorkeeper does. */
    public Request check(
            String responseType,
            String clientId,
            String redirectUri,
            String scope,
            String state,
            String codeChallenge,
            String codeChallengeMethod) {
        OAuthApp app =
                apps.byClientId(clientId).orElseThrow(() -> new Rejected(OAuthException.invalidClient(), null, state));
        String redirect = redirectUri == null || redirectUri.isBlank()
                ? (app.redirectUris().size() == 1 ? app.redirectUris().getFirst() : null)
                : redirectUri;
        if (!app.allowsRedirect(redirect)) {
            throw new Rejected(OAuthException.invalidRedirectUri(), null, state);
        }
        if (!"code".equals(responseType)) {
            throw new Rejected(OAuthException.unsupportedResponseType(), redirect, state);
        }
        Scopes scopes = Scopes.parse(scope);
        if (!scopes.values().stream().allMatch(Scopes::isKnown) || !scopes.within(app.scopes())) {
            throw new Rejected(OAuthException.invalidScope(), redirect, state);
        }
        String challenge = codeChallenge == null || codeChallenge.isBlank() ? null : codeChallenge;
        if (challenge != null && !"S256".equals(codeChallengeMethod)) {
            throw new Rejected(
                    OAuthException.invalidRequest("Only the S256 code challenge method is supported."),
                    redirect,
                    state);
        }
        if (challenge != null && !PKCE_VALUE.matcher(challenge).matches()) {
            throw new Rejected(OAuthException.invalidRequest("The code challenge is malformed."), redirect, state);
        }
        return new Request(app, redirect, scopes, state, challenge);
    }

    /** The person behind {@code accountId} approved {@code request}: returns the code to hand to the client. */
    @Transactional
    public String approve(Request request, long accountId) {
        Instant now = Instant.now();
        codes.purgeExpired(now.minus(Duration.ofDays(1)));
        String code = OAuthTokens.randomToken();
        codes.insert(new OAuthCodes.Code(
                OAuthTokens.hash(code),
                request.app().id(),
                accountId,
                request.redirectUri(),
                request.scopes(),
                request.codeChallenge(),
                now.plus(CODE_LIFETIME),
                false,
                null));
        return code;
    }

    /** Trades a code for a token ({@code POST /oauth/token} with {@code grant_type=authorization_code}). */
    @Transactional(noRollbackFor = OAuthException.class)
    public OAuthTokens.Issued exchange(OAuthApp client, String code, String redirectUri, String codeVerifier) {
        if (code == null || code.isBlank()) {
            throw OAuthException.invalidRequest("Missing required parameter: code.");
        }
        String hash = OAuthTokens.hash(code);
        OAuthCodes.Code grant =
                codes.byHash(hash).filter(c -> c.appId() == client.id()).orElseThrow(OAuthException::invalidGrant);
        Instant now = Instant.now();
        if (grant.used()) {
            revokeTokenOf(grant);
            throw OAuthException.invalidGrant();
        }
        if (!now.isBefore(grant.expiresAt()) || !grant.redirectUri().equals(redirectUri)) {
            throw OAuthException.invalidGrant();
        }
        checkVerifier(grant.codeChallenge(), codeVerifier);
        if (!codes.markUsed(hash, now)) {
            codes.byHash(hash).ifPresent(this::revokeTokenOf);
            throw OAuthException.invalidGrant();
        }
        OAuthTokens.Issued issued = tokens.issue(client.id(), grant.accountId(), grant.scopes());
        codes.linkToken(hash, issued.token().id());
        return issued;
    }

    private void revokeTokenOf(OAuthCodes.Code grant) {
        if (grant.tokenId() != null) {
            tokens.revokeById(grant.accountId(), grant.tokenId());
        }
    }

    private static void checkVerifier(String challenge, String verifier) {
        boolean sent = verifier != null && !verifier.isEmpty();
        if (challenge == null) {
            if (sent) {
                // A verifier for a code that had no challenge: refuse, so PKCE cannot be silently dropped.
                throw OAuthException.invalidGrant();
            }
            return;
        }
        if (!sent || !PKCE_VALUE.matcher(verifier).matches()) {
            throw OAuthException.invalidGrant();
        }
        byte[] expected = s256(verifier).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, challenge.getBytes(StandardCharsets.US_ASCII))) {
            throw OAuthException.invalidGrant();
        }
    }

    /** PKCE's S256 transformation: BASE64URL(SHA-256(ASCII(verifier))), no padding (RFC 7636 section 4.2). */
    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
