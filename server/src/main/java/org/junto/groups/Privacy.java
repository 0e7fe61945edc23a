package org.junto.groups;

import java.util.Locale;
import org.junto.core.JuntoException;

/**
 * Who may join and who may see: public (anyone joins, posts as their authors chose), closed (join requests approved
 * by moderators; posts members-only) or secret (invitation only; posts members-only; invisible to non-members).
 */
public enum Privacy {
    PUBLIC,
    CLOSED,
    SECRET;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether posts placed in a collective of this privacy are visible to its members only. */
    public boolean membersOnly() {
        return this != PUBLIC;
    }

    public static Privacy fromApi(String value, Privacy fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "closed" -> CLOSED;
            case "secret" -> SECRET;
            default -> throw JuntoException.invalid("Validation failed: privacy must be public, closed or secret");
        };
    }
}
