package org.junto.timelines;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hashtags in use now: ranked by how many distinct accounts used them in public statuses over the last week, with
 * Mastodon's per-day history (uses and accounts for each of the last seven days, newest first).
 */
@Component
public class TagTrends {
    private static final int DAYS = 7;
    private final JdbcClient db;

    TagTrends(JdbcClient db) {
        this.db = db;
    }

    public record Day(Instant day, long uses, long accounts) {}

    public record TrendingTag(String name, List<Day> history) {}

    public List<TrendingTag> trending(int limit, int offset) {
        long since = Instant.now().minus(Duration.ofDays(DAYS)).toEpochMilli();
        List<String> names = db.sql("SELECT t.name_lower FROM status_tags st JOIN statuses s ON s.id = st.status_id"
                        + " JOIN tags t ON t.id = st.tag_id WHERE s.visibility = 'public' AND s.created_at >= ?"
                        + " GROUP BY t.name_lower ORDER BY COUNT(DISTINCT s.account_id) DESC, COUNT(*) DESC,"
                        + " t.name_lower LIMIT ? OFFSET ?")
                .params(since, limit, offset)
                .query(String.class)
                .list();
        return names.stream().map(n -> new TrendingTag(n, history(n))).toList();
    }

    /** The last seven days of use of one tag, newest day first. */
    public List<Day> history(String tagLower) {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            Instant start = today.minus(Duration.ofDays(i));
            Instant end = start.plus(Duration.ofDays(1));
            var counts = db.sql("SELECT COUNT(*), COUNT(DISTINCT s.account_id) FROM status_tags st JOIN statuses s ON"
                            + " s.id = st.status_id JOIN tags t ON t.id = st.tag_id WHERE t.name_lower = ? AND"
                            + " s.visibility = 'public' AND s.created_at >= ? AND s.created_at < ?")
                    .params(tagLower, start.toEpochMilli(), end.toEpochMilli())
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            days.add(new Day(start, counts[0], counts[1]));
        }
        return days;
    }
}
