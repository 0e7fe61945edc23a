package org.junto.statuses;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junto.accounts.Accounts;
import org.junto.accounts.Users;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.jobs.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts a status: validates it, stores it with its mentions and tags in one transaction, and records the
 * {@link StatusPosted} event in the outbox so fan-out and notifications run after commit. An idempotency key makes a
 * retried request return the status the first attempt made.
 */
@Service
public class PostStatusService {
    public static final int MAX_CHARACTERS = 500;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private final Statuses statuses;
    private final Accounts accounts;
    private final Users users;
    private final StatusVisibility visibility;
    private final StatusEntities entities;
    private final Outbox outbox;
    private final JdbcClient db;
    private final ObjectProvider<PostingStep> steps;

    PostStatusService(
            Statuses statuses,
            Accounts accounts,
            Users users,
            StatusVisibility visibility,
            StatusEntities entities,
            Outbox outbox,
            JdbcClient db,
            ObjectProvider<PostingStep> steps) {
        this.statuses = statuses;
        this.accounts = accounts;
        this.users = users;
        this.visibility = visibility;
        this.entities = entities;
        this.outbox = outbox;
        this.db = db;
        this.steps = steps;
    }

    public record NewStatus(
            String text,
            String spoilerText,
            Visibility visibility,
            Boolean sensitive,
            String language,
            Long inReplyToId,
            Long applicationId,
            String idempotencyKey) {}

    @Transactional
    public Status post(long authorId, NewStatus request) {
        Optional<Status> earlier = earlierAttempt(authorId, request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String text = request.text() == null ? "" : request.text();
        String spoiler = request.spoilerText() == null ? "" : request.spoilerText();
        ParsedText parsed = checkText(text, spoiler);
        Status parent = request.inReplyToId() == null ? null : replyTarget(authorId, request.inReplyToId());
        var user = users.byAccountId(authorId).orElseThrow(JuntoException::notFound);
        Visibility chosen =
                request.visibility() != null ? request.visibility() : Visibility.fromApi(user.defaultVisibility());
        long id = Ids.next();
        Instant now = Instant.now();
        StatusEntities.Resolved resolved = entities.resolve(parsed);
        Status status = new Status(
                id,
                authorId,
                parent == null ? null : parent.id(),
                parent == null ? null : parent.accountId(),
                null,
                parent == null ? id : parent.conversationId(),
                text,
                spoiler,
                resolved.html(),
                chosen,
                request.sensitive() != null ? request.sensitive() : (!spoiler.isBlank() || user.defaultSensitive()),
                language(request.language(), user.defaultLanguage()),
                request.applicationId(),
                now,
                null);
        statuses.insert(status);
        statuses.replaceMentions(id, resolved.mentionedIds());
        statuses.replaceTags(id, resolved.tagIds());
        steps.orderedStream().forEach(step -> step.posted(status, resolved.mentionedIds()));
        accounts.touchLastStatus(authorId, now);
        rememberAttempt(authorId, request.idempotencyKey(), id, now);
        outbox.publish(new StatusPosted(id, authorId));
        return status;
    }

    static ParsedText checkText(String text, String spoiler) {
        if (text.isBlank()) {
            throw JuntoException.invalid("Validation failed: Text can't be blank");
        }
        ParsedText parsed = TextParser.parse(text);
        int length = TextParser.countedLength(parsed) + TextParser.graphemes(spoiler);
        if (length > MAX_CHARACTERS) {
            throw JuntoException.invalid("Validation failed: Text character limit of " + MAX_CHARACTERS + " exceeded");
        }
        return parsed;
    }

    static String language(String requested, String fallback) {
        String language = requested == null || requested.isBlank() ? fallback : requested.trim();
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw JuntoException.invalid("Validation failed: Language is not a valid ISO 639 code");
        }
        return language;
    }

    private Status replyTarget(long authorId, long inReplyToId) {
        Status parent = statuses.byId(inReplyToId).orElseThrow(JuntoException::notFound);
        if (parent.isReblog() || !visibility.canSee(authorId, parent.id())) {
            throw JuntoException.notFound();
        }
        return parent;
    }

    private Optional<Status> earlierAttempt(long authorId, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return db.sql("SELECT status_id FROM idempotency_keys WHERE account_id = ? AND idempotency_key = ?")
                .params(authorId, key)
                .query(Long.class)
                .optional()
                .flatMap(statuses::byId);
    }

    private void rememberAttempt(long authorId, String key, long statusId, Instant now) {
        if (key != null && !key.isBlank()) {
            db.sql("INSERT INTO idempotency_keys (account_id, idempotency_key, status_id, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(authorId, key.length() > 200 ? key.substring(0, 200) : key, statusId, now.toEpochMilli())
                    .update();
        }
    }
}
