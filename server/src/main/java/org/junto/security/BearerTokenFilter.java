package org.junto.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junto.accounts.OAuthTokens;
import org.junto.accounts.User;
import org.junto.accounts.Users;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a bearer token the ways Mastodon accepts it (the {@code Authorization} header, the {@code access_token}
 * parameter, or on the streaming API the {@code Sec-WebSocket-Protocol} header) and turns it into a {@link Caller}. A
 * token that is presented but unknown or revoked gets Mastodon's 401 at once, even on public endpoints, as Mastodon
 * does; a valid token of a login that is pending approval or disabled gets Mastodon's 403 with the reason, which
 * clients show to the person.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private final OAuthTokens tokens;
    private final Users users;

    BearerTokenFilter(OAuthTokens tokens, Users users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = presentedToken(request);
        if (raw == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<OAuthTokens.Token> token = tokens.findActive(raw);
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            refuse(response, 401, "The access token is invalid");
            return;
        }
        Long accountId = token.get().accountId();
        if (accountId != null) {
            Optional<User> user = users.byAccountId(accountId);
            if (user.isEmpty()) {
                refuse(response, 401, "The access token is invalid");
                return;
            }
            if (!user.get().canLogIn()) {
                // Mastodon's require_user!: the token is valid, the login behind it may not act yet.
                refuse(
                        response,
                        403,
                        user.get().approved()
                                ? "Your login is currently disabled"
                                : "Your login is currently pending approval");
                return;
            }
        }
        Caller caller = new Caller(
                accountId, token.get().appId(), token.get().id(), token.get().scopes());
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String value = header.substring(7).trim();
            return value.isEmpty() ? null : value;
        }
        String param = request.getParameter("access_token");
        if (param != null && !param.isBlank()) {
            return param.trim();
        }
        return streamingProtocolToken(request);
    }

    /**
     * Browsers cannot set headers on a WebSocket, so Mastodon's streaming API also takes the token as the requested
     * sub-protocol; the streaming door echoes it back in the handshake.
     */
    private static String streamingProtocolToken(HttpServletRequest request) {
        String protocol = request.getHeader("Sec-WebSocket-Protocol");
        if (protocol == null || !request.getRequestURI().startsWith("/api/v1/streaming")) {
            return null;
        }
        String first = protocol.split(",")[0].trim();
        return first.isEmpty() ? null : first;
    }

    /** The Spring Security view of a token caller. */
    static final class CallerAuthentication extends AbstractAuthenticationToken {
        private final Caller caller;

        CallerAuthentication(Caller caller) {
            super(List.of());
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }
    }
}
