package org.junto.streaming;

import java.util.Locale;
import java.util.Set;

/**
 * A stream a viewer subscribes to, named as the Mastodon streaming API names them: {@code user},
 * {@code user:notification}, {@code public}, {@code public:local}, {@code public:remote}, {@code hashtag},
 * {@code hashtag:local}, {@code direct}. {@code tag} is set (lower case, without '#') for the two hashtag streams.
 *
 * <p>Two more streams serve the web app's live pages and are not offered to Mastodon clients ({@link #NAMES} does not
 * list them): {@code group}, the new posts of one group's or organization's timeline, and {@code thread}, the new
 * replies below one status; for them {@code tag} holds that collective's or status's id.
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

    /** The web app's own streams, keyed by an id in {@code tag}. */
    public static final Set<String> WEB_ONLY = Set.of("group", "thread");

    /** Streams that only a signed-in viewer may open. */
    public static final Set<String> PRIVATE = Set.of("user", "user:notification", "direct");

    public Stream {
        if (!NAMES.contains(name) && !WEB_ONLY.contains(name)) {
            throw new IllegalArgumentException("Unknown stream: " + name);
        }
        if (WEB_ONLY.contains(name) && (tag == null || !tag.matches("[0-9]{1,19}"))) {
            throw new IllegalArgumentException("A " + name + " stream needs an id");
        }
        boolean hashtag = name.startsWith("hashtag");
        if (hashtag && (tag == null || tag.isBlank())) {
            throw new IllegalArgumentException("A hashtag stream needs a tag");
        }
        tag = hashtag
                ? tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT)
                : WEB_ONLY.contains(name) ? tag : null;
    }

    public static Stream of(String name) {
        return new Stream(name, null);
    }

    public static Stream hashtag(String tag, boolean localOnly) {
        return new Stream(localOnly ? "hashtag:local" : "hashtag", tag);
    }

    /** The new posts placed in a group (or an organization's timeline), for the web app's group page. */
    public static Stream group(long collectiveId) {
        return new Stream("group", Long.toString(collectiveId));
    }

    /** The new replies below a status, at any depth, for the web app's thread page. */
    public static Stream thread(long statusId) {
        return new Stream("thread", Long.toString(statusId));
    }

    public boolean needsSignIn() {
        return PRIVATE.contains(name);
    }
}
