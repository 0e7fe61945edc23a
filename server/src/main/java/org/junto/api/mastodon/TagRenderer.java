package org.junto.api.mastodon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junto.config.PublicUrls;
import org.junto.social.TagFollows;
import org.junto.timelines.TagTrends;
import org.springframework.stereotype.Component;

/** Mastodon's Tag entity: name, URL, a week of daily usage, and whether the viewer follows it. */
@Component
class TagRenderer {
    private final TagTrends trends;
    private final TagFollows follows;
    private final PublicUrls urls;

    TagRenderer(TagTrends trends, TagFollows follows, PublicUrls urls) {
        this.trends = trends;
        this.follows = follows;
        this.urls = urls;
    }

    /** {@code following} is left out for anonymous viewers, as Mastodon does. */
    List<TagEntity> render(List<String> names, Long viewer) {
        Set<String> followed = viewer == null ? Set.of() : follows.followedAmong(viewer, names);
        return names.stream()
                .map(name -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    return new TagEntity(
                            lower,
                            urls.tag(lower),
                            history(trends.history(lower)),
                            viewer == null ? null : followed.contains(lower));
                })
                .toList();
    }

    TagEntity render(String name, Long viewer) {
        return render(List.of(name), viewer).getFirst();
    }

    static List<TagEntity.History> history(List<TagTrends.Day> days) {
        return days.stream()
                .map(d -> new TagEntity.History(
                        Long.toString(d.day().getEpochSecond()), Long.toString(d.uses()), Long.toString(d.accounts())))
                .toList();
    }
}
