package org.junto.groups;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mentions of secret groups, as a viewer outside them must see a post that names one: the handle as plain text, not a
 * link to a profile, and no entry in the post's mentions. A status's HTML is rendered once when it is written, so the
 * doors that show it (web cards, Mastodon statuses) ask here for each page which mentioned accounts to unlink.
 */
@Component
public class HiddenMentions {
    private final JdbcClient db;

    HiddenMentions(JdbcClient db) {
        this.db = db;
    }

    /** The secret groups among {@code accountIds} that {@code viewer} may not know of. */
    public Set<Long> among(Long viewer, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        var spec = db.sql("SELECT c.account_id FROM collectives c WHERE c.account_id IN (:ids)"
                        + " AND c.privacy = 'secret' AND NOT " + Groups.visible(viewer))
                .param("ids", accountIds);
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        return new HashSet<>(spec.query(Long.class).list());
    }

    /** The status HTML with the mention links of {@code usernames} turned into their plain {@code @handle}. */
    public static String unlink(String html, Collection<String> usernames) {
        String out = html;
        for (String username : usernames) {
            Pattern link = Pattern.compile(
                    "<span class=\"h-card\"[^>]*><a href=\"[^\"]*\" class=\"u-url mention\">@<span>("
                            + Pattern.quote(username) + ")</span></a></span>",
                    Pattern.CASE_INSENSITIVE);
            out = link.matcher(out).replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1)));
        }
        return out;
    }
}
