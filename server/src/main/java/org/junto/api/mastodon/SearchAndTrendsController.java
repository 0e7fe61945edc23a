package org.junto.api.mastodon;

import java.util.List;
import java.util.Map;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.junto.statuses.Tags;
import org.junto.timelines.StatusSearch;
import org.junto.timelines.TagTrends;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v2/search}, trending tags and the tag entity. */
@RestController
class SearchAndTrendsController {
    private final Accounts accounts;
    private final AccountRenderer accountRenderer;
    private final Tags tags;
    private final TagTrends trends;
    private final StatusSearch statusSearch;
    private final StatusRenderer statusRenderer;
    private final PublicUrls urls;
    private final TagRenderer tagRenderer;
    private final Groups groups;

    SearchAndTrendsController(
            Accounts accounts,
            AccountRenderer accountRenderer,
            Tags tags,
            TagTrends trends,
            StatusSearch statusSearch,
            StatusRenderer statusRenderer,
            PublicUrls urls,
            TagRenderer tagRenderer,
            Groups groups) {
        this.accounts = accounts;
        this.accountRenderer = accountRenderer;
        this.tags = tags;
        this.trends = trends;
        this.statusSearch = statusSearch;
        this.statusRenderer = statusRenderer;
        this.urls = urls;
        this.tagRenderer = tagRenderer;
        this.groups = groups;
    }

    @GetMapping("/api/v2/search")
    Map<String, List<?>> search(Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read:search");
        String q = params.get("q");
        if (q == null || q.isBlank()) {
            throw JuntoException.invalid("Validation failed: q can't be blank");
        }
        String type = params.get("type");
        int limit = params.limit(20, 40);
        int offset = params.offset();
        if (offset > 0 && viewer == null) {
            throw JuntoException.unauthorized("Search queries with an offset require a signed-in user");
        }
        String term = q.trim();
        List<AccountEntity> accountHits = wants(type, "accounts")
                ? accountRenderer.renderList(
                        groups.knownTo(viewer, accounts.search(accountTerm(term), limit, offset), Account::id))
                : List.of();
        List<TagEntity> tagHits = wants(type, "hashtags")
                ? tagRenderer.render(
                        tags.search(term.replaceFirst("^#", ""), limit + offset).stream()
                                .skip(offset)
                                .map(Tags.Tag::name)
                                .toList(),
                        viewer)
                : List.of();
        List<StatusEntity> statusHits = wants(type, "statuses") && viewer != null
                ? statusRenderer.render(statusSearch.search(term, viewer, limit, offset), viewer)
                : List.of();
        return Map.of("accounts", accountHits, "hashtags", tagHits, "statuses", statusHits);
    }

    @GetMapping("/api/v1/trends/tags")
    List<TagEntity> trendingTags(ApiParams params) {
        int limit = params.limit(10, 20);
        int offset = params.offset();
        return trends.trending(limit, offset).stream()
                .map(t -> new TagEntity(t.name(), urls.tag(t.name()), TagRenderer.history(t.history()), null))
                .toList();
    }

    @GetMapping({"/api/v1/trends/statuses", "/api/v1/trends/links"})
    List<Object> otherTrends() {
        return List.of();
    }

    private String accountTerm(String q) {
        String name = q.replaceFirst("^@", "");
        int at = name.indexOf('@');
        return at >= 0 && urls.isLocal(name.substring(at + 1)) ? name.substring(0, at) : name;
    }

    private static boolean wants(String type, String kind) {
        return type == null || type.isBlank() || type.equals(kind);
    }
}
