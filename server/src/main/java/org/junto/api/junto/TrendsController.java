package org.junto.api.junto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junto.api.mastodon.ApiParams;
import org.junto.groups.GroupTrends;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups rising now: the groups the viewer may see, ranked by how many people posted into them this week (the measure
 * Mastodon's trending hashtags use). Offset paging, as Mastodon's {@code /api/v1/trends/tags}.
 */
@RestController
class TrendsController {
    private final GroupTrends trends;
    private final CollectiveRenderer renderer;

    TrendsController(GroupTrends trends, CollectiveRenderer renderer) {
        this.trends = trends;
        this.renderer = renderer;
    }

    /** A trending group: the group, and how many people and posts made it trend this week. */
    record TrendingGroupEntity(CollectiveEntity group, long accounts, long posts) {}

    @Params({
        @Params.Param(
                name = "limit",
                description = "Maximum number of groups (default 10, at most 20)",
                type = "integer"),
        @Params.Param(name = "offset", description = "Groups to skip", type = "integer")
    })
    @GetMapping(Paths.BASE + "/trends/groups")
    List<TrendingGroupEntity> groups(Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read");
        int limit = params.limit(10, 20);
        int offset = params.offset();
        var found = trends.trending(viewer, limit, offset);
        var rendered = renderer.render(
                found.stream().map(GroupTrends.TrendingGroup::group).toList(), viewer);
        Map<String, CollectiveEntity> byId =
                rendered.stream().collect(Collectors.toMap(CollectiveEntity::id, Function.identity()));
        List<TrendingGroupEntity> out = new ArrayList<>();
        for (GroupTrends.TrendingGroup t : found) {
            CollectiveEntity group = byId.get(Long.toString(t.group().id()));
            if (group != null) {
                out.add(new TrendingGroupEntity(group, t.accounts(), t.posts()));
            }
        }
        return out;
    }
}
