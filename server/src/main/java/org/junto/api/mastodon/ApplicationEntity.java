package org.junto.api.mastodon;

import java.util.List;
import org.junto.accounts.OAuthApp;
import org.junto.accounts.RegisterAppService;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Mastodon's Application entity; {@link Credential} adds what only the registering client may see. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ApplicationEntity(
        String id,
        String name,
        String website,
        List<String> scopes,
        String redirectUri,
        List<String> redirectUris,
        String vapidKey) {

    static ApplicationEntity of(OAuthApp app) {
        return new ApplicationEntity(
                Long.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes().values()),
                app.redirectUri(),
                app.redirectUris(),
                "");
    }

    /** CredentialApplication: returned once, by {@code POST /api/v1/apps}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Credential(
            String id,
            String name,
            String website,
            List<String> scopes,
            String redirectUri,
            List<String> redirectUris,
            String vapidKey,
            String clientId,
            String clientSecret,
            long clientSecretExpiresAt) {

        static Credential of(RegisterAppService.Registered registered) {
            OAuthApp app = registered.app();
            ApplicationEntity base = ApplicationEntity.of(app);
            return new Credential(
                    base.id(),
                    base.name(),
                    base.website(),
                    base.scopes(),
                    base.redirectUri(),
                    base.redirectUris(),
                    base.vapidKey(),
                    app.clientId(),
                    registered.clientSecret(),
                    0);
        }
    }
}
