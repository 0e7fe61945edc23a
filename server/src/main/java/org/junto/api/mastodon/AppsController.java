package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.accounts.OAuthApps;
import org.junto.accounts.RegisterAppService;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/apps}: client registration and its check. */
@RestController
class AppsController {
    private final RegisterAppService registration;
    private final OAuthApps apps;
    private final JsonMapper json;

    AppsController(RegisterAppService registration, OAuthApps apps, JsonMapper json) {
        this.registration = registration;
        this.apps = apps;
        this.json = json;
    }

    @PostMapping("/api/v1/apps")
    ApplicationEntity.Credential create(HttpServletRequest request) {
        RequestParams params = RequestParams.of(request, json);
        return ApplicationEntity.Credential.of(registration.register(new RegisterAppService.NewApp(
                params.get("client_name"),
                params.all("redirect_uris"),
                String.join(" ", params.all("scopes")),
                params.get("website"),
                null)));
    }

    /** Any valid token works, an app's or a user's; a token the server made without an app answers as "Web". */
    @GetMapping("/api/v1/apps/verify_credentials")
    ApplicationEntity verify(Caller caller) {
        if (caller.isAnonymous()) {
            throw JuntoException.unauthorized("The access token is invalid");
        }
        if (caller.appId() == null) {
            List<String> scopes = List.copyOf(caller.scopes().values());
            return new ApplicationEntity(null, "Web", null, scopes, "", List.of(), "");
        }
        return apps.byId(caller.appId())
                .map(ApplicationEntity::of)
                .orElseThrow(() -> JuntoException.unauthorized("The access token is invalid"));
    }
}
