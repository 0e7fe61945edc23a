package org.junto.web;

import java.util.List;
import java.util.Map;
import org.junto.accounts.Scopes;

/** Plain words for OAuth scopes on the consent page. */
final class ScopeDescriptions {
    private static final Map<String, String> TOP = Map.of(
            "read", "Read all your account's data",
            "write", "Change all your account's data",
            "follow", "Follow, block and mute accounts for you",
            "push", "Receive your push notifications",
            "profile", "Read only your account's profile information",
            "admin:read", "Read all data on the server (administrators)",
            "admin:write", "Change all data on the server (administrators)");

    private ScopeDescriptions() {}

    record Described(String scope, String description) {}

    static List<Described> describe(Scopes scopes) {
        return scopes.values().stream().map(s -> new Described(s, describe(s))).toList();
    }

    static String describe(String scope) {
        String known = TOP.get(scope);
        if (known != null) {
            return known;
        }
        String[] parts = scope.split(":");
        String what = parts[parts.length - 1].replace('_', ' ');
        if (scope.startsWith("admin:")) {
            return (parts[1].equals("read") ? "Read " : "Change ") + what + " on the server (administrators)";
        }
        return (parts[0].equals("read") ? "Read your " : "Change your ") + what;
    }
}
