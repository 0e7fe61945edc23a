package org.junto.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns {@code JUNTO_DATABASE_URL} into JDBC settings. Accepts {@code postgres://user:pass@host:port/db} (the form
 * operators copy from hosting panels), plain {@code jdbc:} URLs, or nothing, which means SQLite in the data dir.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    public static DatabaseUrl resolve(String configured, Path dataDir) {
        if (configured == null || configured.isBlank()) {
            return sqlite(dataDir.resolve("junto.db"));
        }
        if (configured.startsWith("jdbc:")) {
            return new DatabaseUrl(configured, null, null);
        }
        if (configured.startsWith("postgres://") || configured.startsWith("postgresql://")) {
            return postgres(URI.create(configured));
        }
        if (configured.startsWith("sqlite:")) {
            return sqlite(Path.of(configured.substring("sqlite:".length())));
        }
        throw new IllegalArgumentException(
                "JUNTO_DATABASE_URL must start with postgres://, postgresql://, sqlite: or jdbc:");
    }

    public boolean isSqlite() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    private static DatabaseUrl sqlite(Path file) {
        return new DatabaseUrl("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    private static DatabaseUrl postgres(URI uri) {
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl(
                "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
