package org.junto.statuses;

import com.twitter.twittertext.Extractor;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions, hashtags and URLs the way Mastodon does: URLs and hashtags with the twitter-text library (the
 * field's canonical parser), mentions with Mastodon's own rule, since Mastodon usernames may be 30 characters and
 * carry a domain ({@code @name@host}), which twitter-text's screen-name rule does not allow. Also counts length as
 * Mastodon counts it: every URL is 23 characters, a mention counts only its {@code @username} part, and the rest is
 * counted in user-perceived characters (grapheme clusters).
 */
public final class TextParser {
    public static final int URL_LENGTH = 23;
    private static final Pattern MENTION = Pattern.compile(
            "(?<=^|[^/\\w@])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@([\\w.-]+\\w+))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** {@code !handle}: a mention of a group, as Lemmy and other group software write it. */
    private static final Pattern GROUP_MENTION = Pattern.compile(
            "(?<=^|[^/\\w@!])!([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@([\\w.-]+\\w+))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Extractor EXTRACTOR = new Extractor();

    static {
        EXTRACTOR.setExtractURLWithoutProtocol(false);
    }

    private TextParser() {}

    public static ParsedText parse(String text) {
        List<ParsedText.Entity> entities = new ArrayList<>();
        for (Extractor.Entity e : EXTRACTOR.extractURLsWithIndices(text)) {
            entities.add(new ParsedText.Url(e.getStart(), e.getEnd(), e.getValue()));
        }
        for (Extractor.Entity e : EXTRACTOR.extractHashtagsWithIndices(text)) {
            if (!overlaps(entities, e.getStart(), e.getEnd())) {
                entities.add(new ParsedText.Hashtag(e.getStart(), e.getEnd(), e.getValue()));
            }
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (!overlaps(entities, m.start(), m.end())) {
                entities.add(new ParsedText.Mention(m.start(), m.end(), m.group(1), m.group(2)));
            }
        }
        Matcher g = GROUP_MENTION.matcher(text);
        while (g.find()) {
            if (!overlaps(entities, g.start(), g.end())) {
                entities.add(new ParsedText.Mention(g.start(), g.end(), g.group(1), g.group(2), true));
            }
        }
        entities.sort(Comparator.comparingInt(ParsedText.Entity::start));
        return new ParsedText(text, List.copyOf(entities));
    }

    /** The length Mastodon's validator counts for this text. */
    public static int countedLength(ParsedText parsed) {
        StringBuilder countable = new StringBuilder();
        int at = 0;
        String text = parsed.text();
        for (ParsedText.Entity e : parsed.entities()) {
            if (e instanceof ParsedText.Url) {
                countable.append(text, at, e.start()).append("x".repeat(URL_LENGTH));
                at = e.end();
            } else if (e instanceof ParsedText.Mention mention) {
                countable.append(text, at, e.start()).append('@').append(mention.username());
                at = e.end();
            }
        }
        countable.append(text, at, text.length());
        return graphemes(countable.toString());
    }

    public static int graphemes(String s) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static boolean overlaps(List<ParsedText.Entity> entities, int start, int end) {
        return entities.stream().anyMatch(e -> start < e.end() && e.start() < end);
    }
}
