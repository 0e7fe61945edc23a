package org.junto.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junto.core.JuntoException;

/**
 * OAuth scopes as Mastodon defines them: the top-level {@code read}, {@code write}, {@code follow}, {@code push},
 * {@code profile}, the granular {@code read:statuses} … and {@code admin:…}. A granted top-level scope covers its
 * granular children; {@code follow} is the legacy alias for the follow/block/mute scopes.
 */
public record Scopes(Set<String> values) {
    private static final Set<String> TOP =
            Set.of("read", "write", "follow", "push", "profile", "admin:read", "admin:write");
    private static final Set<String> READ = Set.of(
            "accounts",
            "blocks",
            "bookmarks",
            "favourites",
            "filters",
            "follows",
            "lists",
            "mutes",
            "notifications",
            "search",
            "statuses");
    private static final Set<String> WRITE = Set.of(
            "accounts",
            "blocks",
            "bookmarks",
            "conversations",
            "favourites",
            "filters",
            "follows",
            "lists",
            "media",
            "mutes",
            "notifications",
            "reports",
            "statuses");
    private static final List<String> ADMIN = List.of(
            "accounts",
            "reports",
            "domain_allows",
            "domain_blocks",
            "ip_blocks",
            "email_domain_blocks",
            "canonical_email_blocks");
    private static final Set<String> FOLLOW_COVERS =
            Set.of("read:follows", "write:follows", "read:blocks", "write:blocks", "read:mutes", "write:mutes");

    public static Scopes parse(String value) {
        if (value == null || value.isBlank()) {
            return new Scopes(Set.of("read"));
        }
        return new Scopes(Arrays.stream(value.trim().split("[\\s+]+"))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Parses scopes a client asks for and rejects any Mastodon does not know. */
    public static Scopes requested(String value) {
        Scopes scopes = parse(value);
        for (String s : scopes.values) {
            if (!isKnown(s)) {
                throw JuntoException.badRequest("The requested scope is invalid, unknown, or malformed: " + s);
            }
        }
        return scopes;
    }

    public static boolean isKnown(String s) {
        if (TOP.contains(s)) {
            return true;
        }
        int colon = s.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String prefix = s.substring(0, colon);
        String rest = s.substring(colon + 1);
        return switch (prefix) {
            case "read" -> READ.contains(rest);
            case "write" -> WRITE.contains(rest);
            case "admin" -> rest.startsWith("read:") || rest.startsWith("write:");
            default -> false;
        };
    }

    /** Every scope a client may ask for, in the order Mastodon lists them in its OAuth server metadata. */
    public static List<String> supported() {
        List<String> all = new ArrayList<>(List.of("read", "write"));
        WRITE.stream().sorted().map(s -> "write:" + s).forEach(all::add);
        READ.stream().sorted().map(s -> "read:" + s).forEach(all::add);
        all.addAll(List.of("follow", "push", "profile"));
        for (String level : List.of("read", "write")) {
            all.add("admin:" + level);
            ADMIN.stream().map(s -> "admin:" + level + ":" + s).forEach(all::add);
        }
        return List.copyOf(all);
    }

    /** Whether these granted scopes allow an action that needs {@code required}. */
    public boolean allows(String required) {
        if (values.contains(required)) {
            return true;
        }
        int colon = required.indexOf(':');
        if (colon > 0 && values.contains(required.substring(0, colon))) {
            return true;
        }
        if (values.contains("follow") && FOLLOW_COVERS.contains(required)) {
            return true;
        }
        return required.equals("profile") && (values.contains("read") || values.contains("read:accounts"));
    }

    /** True if every scope here is within {@code granted} (a token may ask for less than its app registered). */
    public boolean within(Scopes granted) {
        return values.stream().allMatch(granted::allows);
    }

    @Override
    public String toString() {
        return String.join(" ", values);
    }
}
