package org.junto.timelines;

import java.util.List;
import java.util.Locale;
import org.junto.statuses.Status;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Simple status search until the search module arrives: statuses the viewer may see whose text contains the query,
 * newest first. Case-insensitive substring match; the Lucene index will replace it.
 */
@Component
public class StatusSearch {
    private final JdbcClient db;

    StatusSearch(JdbcClient db) {
        this.db = db;
    }

    public List<Status> search(String query, long viewer, int limit, int offset) {
        String like = "%"
                + query.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return db.sql("SELECT " + "s.id, s.account_id, s.in_reply_to_id, s.in_reply_to_account_id, s.reblog_of_id,"
                        + " s.conversation_id, s.text, s.spoiler_text, s.content, s.visibility, s.sensitive,"
                        + " s.language, s.application_id, s.created_at, s.edited_at FROM statuses s"
                        + " WHERE s.reblog_of_id IS NULL AND LOWER(s.text) LIKE :q ESCAPE '\\' AND "
                        + StatusVisibility.visibleTo("s", viewer) + " ORDER BY s.id DESC LIMIT :limit OFFSET :offset")
                .param("q", like)
                .param("viewer", viewer)
                .param("limit", limit)
                .param("offset", offset)
                .query(Statuses::map)
                .list();
    }
}
