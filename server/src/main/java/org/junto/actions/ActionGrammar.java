package org.junto.actions;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junto.statuses.ParsedText;
import org.junto.statuses.TextParser;

/**
 * The one action grammar (docs/syntax.md). It reads the hashtags the statuses module found ({@link TextParser}), so a
 * tag acts exactly when Mastodon would link it: case, position and surrounding punctuation do not matter, a tag inside
 * a URL or a word does nothing, and full-width forms ({@code ＃ＴＯＤＯ}) count. The first action tag in the text is
 * the post's action; {@code #thanks} may stand beside it. Pure: "today" is given, so results are reproducible.
 */
public final class ActionGrammar {
    private static final Pattern DUE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])due:[ \\t]?([^\\s]*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String EDGE_PUNCTUATION = " \t:;,-–—|";
    private static final String VALUE_PUNCTUATION = ".,;:!?)(\"'’”";

    private ActionGrammar() {}

    public static ParsedAction read(String text, LocalDate today) {
        return read(TextParser.parse(text), today);
    }

    public static ParsedAction read(ParsedText parsed, LocalDate today) {
        ActionKind kind = null;
        boolean thanks = false;
        List<int[]> removed = new ArrayList<>();
        Set<String> topics = new LinkedHashSet<>();
        for (ParsedText.Hashtag tag : parsed.hashtags()) {
            String name = normalise(tag.name());
            Optional<ActionKind> action = ActionKind.ofTag(name);
            if (action.isPresent()) {
                kind = kind == null ? action.get() : kind;
                removed.add(new int[] {tag.start(), tag.end()});
            } else if (name.equals(ActionKind.THANKS)) {
                thanks = true;
                removed.add(new int[] {tag.start(), tag.end()});
            } else {
                topics.add(name);
            }
        }
        if (kind == null) {
            return thanks ? new ParsedAction(null, "", null, List.of(), true, null) : ParsedAction.NONE;
        }
        LocalDate due = null;
        String problem = null;
        Matcher m = DUE.matcher(parsed.text());
        boolean seenDue = false;
        while (m.find()) {
            if (insideUrl(parsed, m.start())) {
                continue;
            }
            removed.add(new int[] {m.start(), m.end()});
            if (kind != ActionKind.TODO || problem != null) {
                continue;
            }
            String value = trim(m.group(1), VALUE_PUNCTUATION);
            if (seenDue) {
                problem = "a task takes one due date, and this post has two";
            } else if (value.isEmpty()) {
                problem = "due: needs a date after it, like due:2026-12-01 or due:friday";
            } else {
                try {
                    due = DueDates.resolve(value, today);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            seenDue = true;
        }
        String title = title(parsed.text(), removed);
        if (problem == null
                && needsTitle(kind)
                && withoutMentions(parsed, title).isBlank()) {
            problem = "#" + kind.tag() + " needs a few words saying what it is about";
        }
        if (problem != null) {
            due = null;
        }
        List<String> topicList = kind == ActionKind.OFFER || kind == ActionKind.NEED ? List.copyOf(topics) : List.of();
        return new ParsedAction(kind, title, due, topicList, thanks, problem);
    }

    /** NFKC folds full-width and compatibility forms; lower case without the locale's surprises (Turkish i). */
    static String normalise(String tagName) {
        return Normalizer.normalize(tagName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean needsTitle(ActionKind kind) {
        return kind == ActionKind.TODO || kind == ActionKind.OFFER || kind == ActionKind.NEED;
    }

    private static boolean insideUrl(ParsedText parsed, int at) {
        return parsed.urls().stream().anyMatch(u -> u.start() <= at && at < u.end());
    }

    /** The text without the removed ranges, spaces collapsed and stray punctuation trimmed at the edges. */
    private static String title(String text, List<int[]> removed) {
        removed.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] range : removed) {
            if (range[0] >= at) {
                out.append(text, at, range[0]).append(' ');
                at = range[1];
            }
        }
        out.append(text.substring(at));
        return trimPunctuation(SPACES.matcher(out).replaceAll(" "));
    }

    private static String withoutMentions(ParsedText parsed, String title) {
        String rest = title;
        for (ParsedText.Mention m : parsed.mentions()) {
            rest = rest.replace(parsed.text().substring(m.start(), m.end()), " ");
        }
        return trimPunctuation(rest.strip());
    }

    private static String trimPunctuation(String s) {
        return trim(s, EDGE_PUNCTUATION);
    }

    private static String trim(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
