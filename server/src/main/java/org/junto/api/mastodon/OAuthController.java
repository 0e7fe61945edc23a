package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junto.accounts.AuthorizationCodeGrant;
import org.junto.accounts.ClientCredentialsGrant;
import org.junto.accounts.OAuthApp;
import org.junto.accounts.OAuthApps;
import org.junto.accounts.OAuthException;
import org.junto.accounts.OAuthTokens;
import org.junto.accounts.RevokeTokenService;
import org.junto.core.JuntoException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2 token and revocation endpoints. Parameters come as a form, JSON or query string; the client
 * authenticates in the body ({@code client_secret_post}) or with HTTP Basic ({@code client_secret_basic}).
 * Errors use RFC 6749's shape, which is what Mastodon (Doorkeeper) sends from these two paths.
 */
@RestController
class OAuthController {
    private final OAuthApps apps;
    private final AuthorizationCodeGrant codes;
    private final ClientCredentialsGrant clientCredentials;
    private final RevokeTokenService revocation;

    OAuthController(
            OAuthApps apps,
            AuthorizationCodeGrant codes,
            ClientCredentialsGrant clientCredentials,
            RevokeTokenService revocation) {
        this.apps = apps;
        this.codes = codes;
        this.clientCredentials = clientCredentials;
        this.revocation = revocation;
    }

    @PostMapping("/oauth/token")
    ResponseEntity<TokenEntity> token(ApiParams params, HttpServletRequest request) {
        String grantType = params.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw OAuthException.invalidRequest("Missing required parameter: grant_type.");
        }
        OAuthTokens.Issued issued = switch (grantType) {
            case "authorization_code" ->
                codes.exchange(
                        client(request, params),
                        params.get("code"),
                        params.get("redirect_uri"),
                        params.get("code_verifier"));
            case "client_credentials" ->
                clientCredentials.issue(client(request, params), String.join(" ", params.list("scope")));
            default -> throw OAuthException.unsupportedGrantType();
        };
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(TokenEntity.of(issued));
    }

    @PostMapping("/oauth/revoke")
    Map<String, Object> revoke(ApiParams params, HttpServletRequest request) {
        revocation.revoke(client(request, params), params.get("token"));
        return Map.of();
    }

    /** The app named by HTTP Basic credentials or by {@code client_id} and {@code client_secret} parameters. */
    private OAuthApp client(HttpServletRequest request, ApiParams params) {
        String id = params.get("client_id");
        String secret = params.get("client_secret");
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthException.invalidClient();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthException.invalidClient();
            }
            // RFC 6749 section 2.3.1: both parts are form-encoded before they are joined.
            id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        }
        return apps.authenticate(id, secret).orElseThrow(OAuthException::invalidClient);
    }

    @ExceptionHandler(OAuthException.class)
    ResponseEntity<Map<String, String>> oauthError(OAuthException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).cacheControl(CacheControl.noStore());
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Doorkeeper\"");
        }
        return response.body(Map.of("error", e.error(), "error_description", e.description()));
    }

    @ExceptionHandler(JuntoException.class)
    ResponseEntity<Map<String, String>> requestError(JuntoException e) {
        return oauthError(OAuthException.invalidRequest(e.getMessage()));
    }
}
