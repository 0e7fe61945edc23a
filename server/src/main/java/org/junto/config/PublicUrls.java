package org.junto.config;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public address of this server, from {@code JUNTO_DOMAIN} (a host, optionally with a port) and
 * {@code JUNTO_SCHEME}. Every URL that leaves the server (account and status URLs, OAuth metadata, instance
 * documents) is built here so that it is right behind a reverse proxy. With no domain configured it is
 * {@code localhost:PORT} over plain HTTP, which suits a first run on a laptop.
 */
@Component
public class PublicUrls {
    private final String domain;
    private final String base;

    PublicUrls(
            @Value("${junto.domain:}") String domain,
            @Value("${junto.scheme:}") String scheme,
            @Value("${server.port:8080}") int port) {
        this.domain = domain == null || domain.isBlank()
                ? "localhost:" + port
                : domain.trim().toLowerCase(Locale.ROOT);
        String effectiveScheme = scheme == null || scheme.isBlank() ? defaultScheme(this.domain) : scheme.trim();
        this.base = effectiveScheme + "://" + this.domain;
    }

    private static String defaultScheme(String domain) {
        return domain.startsWith("localhost") || domain.startsWith("127.") || domain.startsWith("[::1]")
                ? "http"
                : "https";
    }

    /** Host and optional port, as used in {@code acct} handles and the instance's {@code domain}. */
    public String domain() {
        return domain;
    }

    /** Scheme and domain, no trailing slash. */
    public String base() {
        return base;
    }

    public String of(String path) {
        return base + path;
    }

    public String account(String username) {
        return base + "/@" + username;
    }

    public String accountUri(String username) {
        return base + "/users/" + username;
    }

    public String status(String username, long id) {
        return base + "/@" + username + "/" + id;
    }

    public String statusUri(String username, long id) {
        return base + "/users/" + username + "/statuses/" + id;
    }

    public String tag(String name) {
        return base + "/tags/" + name;
    }

    /** Whether {@code host} (from {@code @name@host}) names this server. */
    public boolean isLocal(String host) {
        return host == null || host.equalsIgnoreCase(domain) || host.equalsIgnoreCase(domain.replaceAll(":\\d+$", ""));
    }
}
