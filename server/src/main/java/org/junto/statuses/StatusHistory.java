package org.junto.statuses;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The versions of a status, oldest first; a status never edited has one version, itself. */
@Component
public class StatusHistory {
    private final JdbcClient db;

    StatusHistory(JdbcClient db) {
        this.db = db;
    }

    public record Version(String text, String spoilerText, String content, boolean sensitive, Instant createdAt) {}

    public List<Version> of(Status status) {
        List<Version> versions = db.sql("SELECT text, spoiler_text, content, sensitive, created_at FROM status_edits"
                        + " WHERE status_id = ? ORDER BY id")
                .param(status.id())
                .query((rs, n) -> new Version(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4) == 1,
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list();
        if (versions.isEmpty()) {
            return List.of(new Version(
                    status.text(), status.spoilerText(), status.content(), status.sensitive(), status.createdAt()));
        }
        return versions;
    }
}
