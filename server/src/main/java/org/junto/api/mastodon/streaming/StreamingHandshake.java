package org.junto.api.mastodon.streaming;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junto.accounts.Scopes;
import org.junto.security.Caller;

/**
 * What a streaming WebSocket keeps from its handshake: the caller and the stream named on connect. Tomcat keeps the
 * handshake request of every session for the session's life (its headers, parameters, query and URI); this is the
 * only principal it is given, and the request it is given is {@link #trim trimmed} to show it nothing else, so that an
 * idle stream does not hold dozens of strings it never reads again — nor the token, when it came in the query.
 *
 * <p>Each token lookup parses its own set of scopes (about half a kilobyte for "read write follow push"), and there
 * are only a few distinct sets: connections share one copy of each.
 */
record StreamingHandshake(Caller caller, String stream, String tag, String list, String group) implements Principal {
    /** Bounded, so that however many distinct scope sets there are, this never grows past a few kilobytes. */
    private static final int SHARED_SCOPES_LIMIT = 64;

    private static final Map<Scopes, Scopes> SHARED_SCOPES = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return String.valueOf(caller.accountId());
    }

    /**
     * The request as Tomcat's upgrade sees it: every header can still be read (the upgrade checks the WebSocket ones),
     * but none is listed, so none is copied; no parameters, no query string, no HTTP session; the principal is this.
     */
    static HttpServletRequest trim(HttpServletRequest request, Caller caller) {
        StreamingHandshake handshake = new StreamingHandshake(
                new Caller(caller.accountId(), caller.appId(), caller.tokenId(), shared(caller.scopes())),
                request.getParameter("stream"),
                request.getParameter("tag"),
                request.getParameter("list"),
                request.getParameter("group"));
        return new HttpServletRequestWrapper(request) {
            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String getQueryString() {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public HttpSession getSession(boolean create) {
                return create ? super.getSession(true) : null;
            }

            @Override
            public Principal getUserPrincipal() {
                return handshake;
            }
        };
    }

    private static Scopes shared(Scopes scopes) {
        Scopes known = SHARED_SCOPES.get(scopes);
        if (known != null) {
            return known;
        }
        if (SHARED_SCOPES.size() >= SHARED_SCOPES_LIMIT) {
            return scopes;
        }
        Scopes copy = new Scopes(Set.copyOf(scopes.values()));
        Scopes raced = SHARED_SCOPES.putIfAbsent(copy, copy);
        return raced != null ? raced : copy;
    }
}
