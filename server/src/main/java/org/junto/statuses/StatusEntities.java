package org.junto.statuses;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junto.accounts.Accounts;
import org.junto.config.PublicUrls;
import org.springframework.stereotype.Component;

/** Turns parsed text into stored entities: local accounts mentioned, tag ids, and the rendered HTML. */
@Component
class StatusEntities {
    private final Accounts accounts;
    private final Tags tags;
    private final PublicUrls urls;

    StatusEntities(Accounts accounts, Tags tags, PublicUrls urls) {
        this.accounts = accounts;
        this.tags = tags;
        this.urls = urls;
    }

    record Resolved(String html, Set<Long> mentionedIds, Set<Long> tagIds) {}

    Resolved resolve(ParsedText parsed) {
        Map<String, String> usernames = new LinkedHashMap<>();
        Set<Long> mentioned = new LinkedHashSet<>();
        for (ParsedText.Mention m : parsed.mentions()) {
            if (!urls.isLocal(m.domain())) {
                continue;
            }
            accounts.byUsername(m.username())
                    .filter(a -> !m.groupOnly() || a.isGroup())
                    .ifPresent(a -> {
                        usernames.put(a.username().toLowerCase(Locale.ROOT), a.username());
                        mentioned.add(a.id());
                    });
        }
        Set<Long> tagIds = new LinkedHashSet<>();
        for (ParsedText.Hashtag h : parsed.hashtags()) {
            tagIds.add(tags.idFor(h.name()));
        }
        return new Resolved(HtmlRenderer.render(parsed, usernames, urls), mentioned, tagIds);
    }
}
