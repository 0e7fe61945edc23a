package org.junto.accounts;

import java.time.Instant;

/** The local login behind an account: credentials, role and posting defaults. */
public record User(
        long accountId,
        String email,
        String role,
        boolean approved,
        boolean disabled,
        String locale,
        String defaultVisibility,
        boolean defaultSensitive,
        String defaultLanguage,
        Instant createdAt) {

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    public boolean canLogIn() {
        return approved && !disabled;
    }
}
