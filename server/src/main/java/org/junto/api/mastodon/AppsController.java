package org.junto.api.mastodon;

import java.util.List;
import org.junto.accounts.OAuthApps;
import org.junto.accounts.RegisterAppService;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/apps}: client registration and its check. */
@RestController
class AppsController {
    private final RegisterAppService registration;
    private final OAuthApps apps;

    AppsController(RegisterAppService registration, OAuthApps apps) {
        this.registration = registration;
        this.apps = apps;
    }

    @PostMapping("/api/v1/apps")
    ApplicationEntity.Credential create(ApiParams params) {
        return ApplicationEntity.Credential.of(registration.register(new RegisterAppService.NewApp(
                params.get("client_name"),
                params.list("redirect_uris"),
                String.join(" ", params.list("scopes")),
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
