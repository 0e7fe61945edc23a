package org.junto.accounts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers an OAuth client application with the checks Mastodon (Doorkeeper) applies. */
@Service
public class RegisterAppService {
    static final int MAX_NAME = 60;
    static final int MAX_URI = 2000;
    static final int MAX_REDIRECT_URIS = 10;
    private final OAuthApps apps;

    RegisterAppService(OAuthApps apps) {
        this.apps = apps;
    }

    /** What a client asks for; {@code redirectUris} may hold several URIs, each possibly whitespace-separated. */
    public record NewApp(String name, List<String> redirectUris, String scopes, String website, Long ownerAccountId) {}

    /** The stored app and its client secret in plain text, which is shown this once and never again. */
    public record Registered(OAuthApp app, String clientSecret) {}

    @Transactional
    public Registered register(NewApp request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw JuntoException.invalid("Validation failed: Application name can't be blank");
        }
        if (name.length() > MAX_NAME) {
            throw JuntoException.invalid("Validation failed: Application name is too long (maximum is 60 characters)");
        }
        List<String> redirectUris = redirectUris(request.redirectUris());
        Scopes scopes = scopes(request.scopes());
        String website = website(request.website());
        String secret = OAuthTokens.randomToken();
        OAuthApp app = new OAuthApp(
                Ids.next(),
                name,
                website,
                redirectUris,
                scopes,
                OAuthTokens.randomToken(),
                request.ownerAccountId(),
                Instant.now());
        apps.insert(app, secret);
        return new Registered(app, secret);
    }

    private static List<String> redirectUris(List<String> given) {
        LinkedHashSet<String> uris = new LinkedHashSet<>();
        for (String value : given == null ? List.<String>of() : given) {
            for (String uri : value == null ? new String[0] : value.strip().split("\\s+")) {
                if (!uri.isEmpty()) {
                    uris.add(uri);
                }
            }
        }
        if (uris.isEmpty()) {
            throw JuntoException.invalid("Validation failed: Redirect URI can't be blank");
        }
        if (uris.size() > MAX_REDIRECT_URIS) {
            throw JuntoException.invalid("Validation failed: Redirect URI has too many entries (maximum is 10)");
        }
        for (String uri : uris) {
            checkRedirectUri(uri);
        }
        return List.copyOf(uris);
    }

    private static void checkRedirectUri(String uri) {
        if (uri.equals(OAuthApp.OOB)) {
            return;
        }
        URI parsed = parse(uri);
        if (uri.length() > MAX_URI || parsed == null || !parsed.isAbsolute()) {
            throw JuntoException.invalid("Validation failed: Redirect URI must be an absolute URI.");
        }
        if (parsed.getRawFragment() != null) {
            throw JuntoException.invalid("Validation failed: Redirect URI cannot contain a fragment.");
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript")) {
            throw JuntoException.invalid("Validation failed: Redirect URI is forbidden by the server.");
        }
    }

    private static Scopes scopes(String value) {
        Scopes scopes = Scopes.parse(value);
        List<String> unknown = new ArrayList<>();
        for (String s : scopes.values()) {
            if (!Scopes.isKnown(s)) {
                unknown.add(s);
            }
        }
        if (!unknown.isEmpty()) {
            throw JuntoException.invalid("Validation failed: Scopes are invalid: " + String.join(" ", unknown));
        }
        return scopes;
    }

    private static String website(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String website = value.strip();
        URI parsed = parse(website);
        if (website.length() > MAX_URI
                || parsed == null
                || parsed.getHost() == null
                || !("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme()))) {
            throw JuntoException.invalid("Validation failed: Website is invalid");
        }
        return website;
    }

    private static URI parse(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
