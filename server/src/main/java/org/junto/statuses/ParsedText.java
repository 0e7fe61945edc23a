package org.junto.statuses;

import java.util.List;

/**
 * What a status's text contains, found by {@link TextParser}: entities with their positions in the text, in order.
 */
public record ParsedText(String text, List<Entity> entities) {

    public sealed interface Entity permits Mention, Hashtag, Url {
        int start();

        int end();
    }

    /**
     * {@code @username} or {@code @username@domain}; {@code domain} is null for the short form. {@code !handle} (the
     * group mention of Lemmy and friends) is a mention that may name a group only: {@code groupOnly}.
     */
    public record Mention(int start, int end, String username, String domain, boolean groupOnly) implements Entity {
        public Mention(int start, int end, String username, String domain) {
            this(start, end, username, domain, false);
        }
    }

    public record Hashtag(int start, int end, String name) implements Entity {}

    public record Url(int start, int end, String url) implements Entity {}

    public List<Mention> mentions() {
        return entities.stream()
                .filter(Mention.class::isInstance)
                .map(Mention.class::cast)
                .toList();
    }

    public List<Hashtag> hashtags() {
        return entities.stream()
                .filter(Hashtag.class::isInstance)
                .map(Hashtag.class::cast)
                .toList();
    }

    public List<Url> urls() {
        return entities.stream()
                .filter(Url.class::isInstance)
                .map(Url.class::cast)
                .toList();
    }
}
