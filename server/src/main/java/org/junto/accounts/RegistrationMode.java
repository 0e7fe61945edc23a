package org.junto.accounts;

import java.util.Locale;

/** Who may sign up: everyone, everyone pending an admin's approval, or nobody (admins create accounts). */
public enum RegistrationMode {
    OPEN,
    APPROVAL,
    CLOSED;

    public static RegistrationMode parse(String value) {
        return switch (value == null ? "open" : value.trim().toLowerCase(Locale.ROOT)) {
            case "approval", "approved" -> APPROVAL;
            case "closed", "none" -> CLOSED;
            default -> OPEN;
        };
    }

    /** The name Mastodon's instance entity uses in {@code registrations.mode}-like fields. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
