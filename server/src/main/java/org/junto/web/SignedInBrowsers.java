package org.junto.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * A person's signed-in browsers, from the session registry. Pages name a browser by a digest of its session id, never
 * by the id itself; signing one out expires its session, so its next request is sent to sign-in.
 */
@Component
class SignedInBrowsers {
    private final SessionRegistry registry;

    SignedInBrowsers(SessionRegistry registry) {
        this.registry = registry;
    }

    /** A signed-in browser: a digest naming it, when it was last used, and whether it is the one asking. */
    public record Browser(String key, Instant lastUsed, boolean current) {}

    /** The person's browsers, most recently used first; {@code currentSessionId} is the asking one's. */
    List<Browser> of(JuntoUserDetails user, String currentSessionId) {
        return registry.getAllSessions(user, false).stream()
                .sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
                .map(b -> new Browser(
                        key(b.getSessionId()),
                        b.getLastRequest().toInstant(),
                        b.getSessionId().equals(currentSessionId)))
                .toList();
    }

    void signOut(JuntoUserDetails user, String key) {
        expire(user, b -> key(b.getSessionId()).equals(key));
    }

    /** Every browser but the asking one (after a password change, as Mastodon does). */
    void signOutAllBut(JuntoUserDetails user, String currentSessionId) {
        expire(user, b -> !b.getSessionId().equals(currentSessionId));
    }

    private void expire(JuntoUserDetails user, Predicate<SessionInformation> which) {
        registry.getAllSessions(user, false).stream().filter(which).forEach(SessionInformation::expireNow);
    }

    private static String key(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
