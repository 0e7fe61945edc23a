package org.junto.web;

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
 * Sessions and authorized apps: every active access token of the account (one per signed-in app), with the app's
 * name and scopes, each revocable. Revoking ends that app's access at once (tokens are checked on every request).
 */
@Controller
class SessionsPage {
    private final OAuthTokens tokens;
    private final OAuthApps apps;

    SessionsPage(OAuthTokens tokens, OAuthApps apps) {
        this.tokens = tokens;
        this.apps = apps;
    }

    public record Session(long id, String app, String website, String scopes, Instant createdAt) {}

    @GetMapping("/settings/sessions")
    String show(@AuthenticationPrincipal JuntoUserDetails user, Model model) {
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
        model.addAttribute("title", "Sessions and apps");
        model.addAttribute("sessions", sessions);
        return "settings/sessions";
    }

    @PostMapping("/settings/sessions/{id}/revoke")
    String revoke(@AuthenticationPrincipal JuntoUserDetails user, @PathVariable String id) {
        tokens.revokeById(user.accountId(), StatusButtons.parse(id));
        return "redirect:/settings/sessions";
    }
}
