package org.junto.api.mastodon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.accounts.Scopes;
import org.junto.config.PublicUrls;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** OAuth 2 Authorization Server Metadata (RFC 8414) with Mastodon's {@code app_registration_endpoint}. */
@RestController
class OAuthMetadataController {
    private final PublicUrls urls;

    OAuthMetadataController(PublicUrls urls) {
        this.urls = urls;
    }

    @GetMapping("/.well-known/oauth-authorization-server")
    Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", urls.of("/"));
        m.put("service_documentation", "https://docs.joinmastodon.org/");
        m.put("authorization_endpoint", urls.of("/oauth/authorize"));
        m.put("token_endpoint", urls.of("/oauth/token"));
        m.put("app_registration_endpoint", urls.of("/api/v1/apps"));
        m.put("revocation_endpoint", urls.of("/oauth/revoke"));
        m.put("scopes_supported", Scopes.supported());
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query"));
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
        m.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        return m;
    }
}
