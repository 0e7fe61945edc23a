package org.junto.core;

import java.util.Locale;

/** Who may see a status, by Mastodon's four levels; stored by its API name. */
public enum Visibility {
    PUBLIC,
    UNLISTED,
    PRIVATE,
    DIRECT;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility fromApi(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "unlisted" -> UNLISTED;
            case "private" -> PRIVATE;
            case "direct" -> DIRECT;
            default -> throw JuntoException.invalid("Visibility must be public, unlisted, private or direct");
        };
    }
}
