package org.junto.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders profile text (bio and field values), which people write as plain text, as the small safe HTML Mastodon
 * serves: escaped, paragraphs and line breaks, and http(s) links made clickable.
 */
public final class ProfileText {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private ProfileText() {}

    public static String escape(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    public static String noteHtml(String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : note.strip().split("\\n\\s*\\n")) {
            out.append("<p>")
                    .append(linkify(paragraph.strip()).replace("\n", "<br />"))
                    .append("</p>");
        }
        return out.toString();
    }

    public static String fieldValueHtml(String value) {
        return linkify(value == null ? "" : value);
    }

    private static String linkify(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"")
                    .append(url)
                    .append("\" target=\"_blank\" rel=\"nofollow noopener me\"")
                    .append(" translate=\"no\">")
                    .append(url)
                    .append("</a>");
            at = m.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }
}
