package org.junto.statuses;

import java.util.List;
import org.junto.core.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who favourited or boosted a status, newest first, paged by the favourite's or boost's own id. */
@Component
public class StatusReaders {
    private final JdbcClient db;

    StatusReaders(JdbcClient db) {
        this.db = db;
    }

    public record Entry(long cursor, long accountId) {}

    public List<Entry> favouritedBy(long statusId, PageRequest page) {
        return page("SELECT id, account_id FROM favourites WHERE status_id = :status", statusId, page);
    }

    public List<Entry> rebloggedBy(long statusId, PageRequest page) {
        return page("SELECT id, account_id FROM statuses WHERE reblog_of_id = :status", statusId, page);
    }

    private List<Entry> page(String base, long statusId, PageRequest page) {
        StringBuilder sql = new StringBuilder(base);
        if (page.maxId() != null) {
            sql.append(" AND id < ").append(page.maxId());
        }
        if (page.lowerBound() != null) {
            sql.append(" AND id > ").append(page.lowerBound());
        }
        sql.append(" ORDER BY id ")
                .append(page.ascending() ? "ASC" : "DESC")
                .append(" LIMIT ")
                .append(page.limit());
        List<Entry> entries = new java.util.ArrayList<>(db.sql(sql.toString())
                .param("status", statusId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2)))
                .list());
        if (page.ascending()) {
            java.util.Collections.reverse(entries);
        }
        return entries;
    }
}
