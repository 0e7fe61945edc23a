package org.junto.statuses;

import java.util.Locale;
import java.util.Map;
import org.junto.config.PublicUrls;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a status's plain text as the safe HTML Mastodon serves: text escaped, paragraphs for blank lines,
 * {@code <br />} for single line breaks, links with {@code rel="nofollow noopener"}, mentions of known accounts as
 * h-card links and hashtags as tag links. Mentions that resolve to no local account stay plain text.
 */
final class HtmlRenderer {
    private static final int DISPLAY_URL_LENGTH = 30;

    private HtmlRenderer() {}

    /** {@code mentioned} maps lower-cased usernames to the accounts' usernames as written. */
    static String render(ParsedText parsed, Map<String, String> mentioned, PublicUrls urls) {
        String text = parsed.text();
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (ParsedText.Entity e : parsed.entities()) {
            html.append(escape(text.substring(at, e.start())));
            html.append(
                    switch (e) {
                        case ParsedText.Url u -> link(u.url());
                        case ParsedText.Hashtag h -> hashtag(h.name(), urls);
                        case ParsedText.Mention m -> mention(m, mentioned, urls, text.substring(m.start(), m.end()));
                    });
            at = e.end();
        }
        html.append(escape(text.substring(at)));
        return paragraphs(html.toString().strip());
    }

    private static String paragraphs(String html) {
        if (html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : html.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p>")
                        .append(paragraph.strip().replace("\n", "<br />"))
                        .append("</p>");
            }
        }
        return out.toString();
    }

    private static String link(String url) {
        String href = url.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? url : "http://" + url;
        String withoutScheme = href.replaceFirst("(?i)^(https?://)(www\\.)?", "");
        String prefix = href.substring(0, href.length() - withoutScheme.length());
        String shown = withoutScheme.length() > DISPLAY_URL_LENGTH
                ? withoutScheme.substring(0, DISPLAY_URL_LENGTH)
                : withoutScheme;
        String rest = withoutScheme.substring(shown.length());
        return "<a href=\"" + escape(href) + "\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\">"
                + "<span class=\"invisible\">" + escape(prefix) + "</span>"
                + "<span class=\"" + (rest.isEmpty() ? "" : "ellipsis") + "\">" + escape(shown) + "</span>"
                + "<span class=\"invisible\">" + escape(rest) + "</span></a>";
    }

    private static String hashtag(String name, PublicUrls urls) {
        return "<a href=\"" + escape(urls.tag(name.toLowerCase(Locale.ROOT))) + "\" class=\"mention hashtag\""
                + " rel=\"tag\">#<span>" + escape(name) + "</span></a>";
    }

    private static String mention(ParsedText.Mention m, Map<String, String> mentioned, PublicUrls urls, String raw) {
        String username = mentioned.get(m.username().toLowerCase(Locale.ROOT));
        if (username == null || !urls.isLocal(m.domain())) {
            return escape(raw);
        }
        return "<span class=\"h-card\" translate=\"no\"><a href=\"" + escape(urls.account(username))
                + "\" class=\"u-url mention\">@<span>" + escape(username) + "</span></a></span>";
    }

    static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
