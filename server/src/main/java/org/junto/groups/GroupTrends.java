package org.junto.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Groups that are alive now: ranked by how many distinct people posted into them over the last week (the same sliding
 * window and measure as trending hashtags), then by how many posts. Only groups the viewer may see, and only posts
 * still in the group, count.
 */
@Component
public class GroupTrends {
    static final Duration WINDOW = Duration.ofDays(7);
    private final JdbcClient db;

    GroupTrends(JdbcClient db) {
        this.db = db;
    }

    public record TrendingGroup(Collective group, long accounts, long posts) {}

    public List<TrendingGroup> trending(Long viewer, int limit, int offset) {
        var spec = db.sql(
                        "SELECT " + Collectives.COLUMNS + ", COUNT(DISTINCT s.account_id) AS people, COUNT(*) AS posts"
                                + " FROM collectives c JOIN collective_posts cp ON cp.collective_id = c.account_id"
                                + " JOIN statuses s ON s.id = cp.status_id"
                                + " WHERE c.kind = 'group' AND cp.removed_at IS NULL AND cp.created_at >= :since AND "
                                + Groups.visible(viewer)
                                + " GROUP BY " + Collectives.COLUMNS
                                + " ORDER BY people DESC, posts DESC, c.account_id DESC LIMIT :limit OFFSET :offset")
                .param("since", Instant.now().minus(WINDOW).toEpochMilli())
                .param("limit", limit)
                .param("offset", offset);
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        return spec.query(
                        (rs, n) -> new TrendingGroup(Collectives.map(rs, n), rs.getLong("people"), rs.getLong("posts")))
                .list();
    }
}
