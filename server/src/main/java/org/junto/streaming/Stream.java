package org.junto.streaming;

import java.util.Locale;
import java.util.Set;

/**
 * A stream a viewer subscribes to, named as the Mastodon streaming API names them: {@code user},
 * {@code user:notification}, {@code public}, {@code public:local}, {@code public:remote}, {@code hashtag},
 * {@code hashtag:local}, {@code direct}. {@code tag} is set (lower case, without '#') for the two hashtag streams only.
 */
public record Stream(String name, String tag) {
    public static final Set<String> NAMES = Set.of(
            "user",
            "user:notification",
            "public",
            "public:local",
            "public:remote",
            "hashtag",
            "hashtag:local",
            "direct");

    /** Streams that only a signed-in viewer may open. */
    public static final Set<String> PRIVATE = Set.of("user", "user:notification", "direct");

    public Stream {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("Unknown stream: " + name);
        }
        boolean hashtag = name.startsWith("hashtag");
        if (hashtag && (tag == null || tag.isBlank())) {
            throw new IllegalArgumentException("A hashtag stream needs a tag");
        }
        tag = hashtag ? tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT) : null;
    }

    public static Stream of(String name) {
        return new Stream(name, null);
    }

    public static Stream hashtag(String tag, boolean localOnly) {
        return new Stream(localOnly ? "hashtag:local" : "hashtag", tag);
    }

    public boolean needsSignIn() {
        return PRIVATE.contains(name);
    }
}
