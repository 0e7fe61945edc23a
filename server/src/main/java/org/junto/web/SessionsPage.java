package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junto.accounts.OAuthApp;
import org.junto.accounts.OAuthApps;
import org.junto.accounts.OAuthTokens;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sessions and authorized apps: the browsers signed in to the account (this one marked; any other can be signed out)
 * and every active access token (one per signed-in app), with the app's name and scopes, each revocable. Revoking
 * ends that access at once: tokens are checked on every request, and a signed-out browser's next request finds its
 * session expired ({@link SignedInBrowsers}).
 */
@Controller
class SessionsPage {
    private final OAuthTokens tokens;
    private final OAuthApps apps;
    private final SignedInBrowsers browsers;

    SessionsPage(OAuthTokens tokens, OAuthApps apps, SignedInBrowsers browsers) {
        this.tokens = tokens;
        this.apps = apps;
        this.browsers = browsers;
    }

    public record Session(long id, String app, String website, String scopes, Instant createdAt) {}

    @GetMapping("/settings/sessions")
    String show(@AuthenticationPrincipal JuntoUserDetails user, HttpServletRequest request, Model model) {
        Map<Long, OAuthApp> byId = new java.util.HashMap<>();
        List<Session> sessions = tokens.activeOf(user.accountId()).stream()
                .map(t -> {
                    OAuthApp app = t.appId() == null
                            ? null
                            : byId.computeIfAbsent(
                                    t.appId(), id -> apps.byId(id).orElse(null));
                    return new Session(
                            t.id(),
                            app == null ? "Unnamed app" : app.name(),
                            app == null ? null : app.website(),
                            String.join(" ", t.scopes().values()),
                            t.createdAt());
                })
                .toList();
        model.addAttribute("browsers", browsers.of(user, request.getSession().getId()));
        model.addAttribute("title", "Sessions and apps");
        model.addAttribute("sessions", sessions);
        return "settings/sessions";
    }

    /** Signs another browser of this account out; its next request finds the session expired. */
    @PostMapping("/settings/browsers/{key}/sign_out")
    String signOut(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String key) {
        browsers.signOut(user, key);
        return "redirect:/settings/sessions";
    }

    @PostMapping("/settings/sessions/{id}/revoke")
    String revoke(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String id) {
        tokens.revokeById(user.accountId(), StatusButtons.parse(id));
        return "redirect:/settings/sessions";
    }
}
