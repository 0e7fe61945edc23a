package org.junto.statuses;

import java.time.Instant;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a status's text, content warning, sensitivity and language, keeping every version: the first edit also
 * stores the original, so the history always starts with what was first posted.
 */
@Service
public class EditStatusService {
    private final Statuses statuses;
    private final StatusEntities entities;
    private final Outbox outbox;
    private final JdbcClient db;

    EditStatusService(Statuses statuses, StatusEntities entities, Outbox outbox, JdbcClient db) {
        this.statuses = statuses;
        this.entities = entities;
        this.outbox = outbox;
        this.db = db;
    }

    public record Edit(String text, String spoilerText, Boolean sensitive, String language) {}

    @Transactional
    public Status edit(long editorId, long statusId, Edit edit) {
        Status current = statuses.byId(statusId)
                .filter(s -> !s.isReblog())
                .filter(s -> s.accountId() == editorId)
                .orElseThrow(JuntoException::notFound);
        String text = edit.text() == null ? current.text() : edit.text();
        String spoiler = edit.spoilerText() == null ? current.spoilerText() : edit.spoilerText();
        ParsedText parsed = PostStatusService.checkText(text, spoiler);
        boolean sensitive = edit.sensitive() != null ? edit.sensitive() : current.sensitive();
        String language = PostStatusService.language(edit.language(), current.language());
        StatusEntities.Resolved resolved = entities.resolve(parsed);
        Instant now = Instant.now();
        if (current.editedAt() == null) {
            saveVersion(
                    statusId,
                    current.text(),
                    current.spoilerText(),
                    current.content(),
                    current.sensitive(),
                    current.createdAt());
        }
        statuses.updateContent(statusId, text, spoiler, resolved.html(), sensitive, language, now);
        statuses.replaceMentions(statusId, resolved.mentionedIds());
        statuses.replaceTags(statusId, resolved.tagIds());
        saveVersion(statusId, text, spoiler, resolved.html(), sensitive, now);
        outbox.publish(new StatusEdited(statusId, editorId));
        return statuses.byId(statusId).orElseThrow();
    }

    private void saveVersion(
            long statusId, String text, String spoiler, String content, boolean sensitive, Instant at) {
        db.sql("INSERT INTO status_edits (id, status_id, text, spoiler_text, content, sensitive, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.next(), statusId, text, spoiler, content, sensitive ? 1 : 0, at.toEpochMilli())
                .update();
    }
}
