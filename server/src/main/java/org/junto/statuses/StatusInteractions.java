package org.junto.statuses;

import java.time.Instant;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.jobs.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Favourite, boost, bookmark and pin, and their undos. Each is idempotent as in Mastodon: doing it twice leaves one
 * record and answers with the status. A status the actor may not see is "not found".
 */
@Service
public class StatusInteractions {
    public static final int MAX_PINS = 5;
    private final Statuses statuses;
    private final StatusVisibility visibility;
    private final Outbox outbox;
    private final JdbcClient db;

    StatusInteractions(Statuses statuses, StatusVisibility visibility, Outbox outbox, JdbcClient db) {
        this.statuses = statuses;
        this.visibility = visibility;
        this.outbox = outbox;
        this.db = db;
    }

    @Transactional
    public Status favourite(long actorId, long statusId) {
        Status status = visibleOriginal(actorId, statusId);
        int added = db.sql("INSERT INTO favourites (id, account_id, status_id, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(Ids.next(), actorId, status.id(), now())
                .update();
        if (added > 0) {
            outbox.publish(new StatusFavourited(status.id(), actorId, status.accountId()));
        }
        return status;
    }

    @Transactional
    public Status unfavourite(long actorId, long statusId) {
        Status status = visibleOriginal(actorId, statusId);
        db.sql("DELETE FROM favourites WHERE account_id = ? AND status_id = ?")
                .params(actorId, status.id())
                .update();
        return status;
    }

    /** Boosts a status; returns the boost (a status of its own whose reblog is the original). */
    @Transactional
    public Status reblog(long actorId, long statusId, Visibility requested) {
        Status original = visibleOriginal(actorId, statusId);
        boolean own = original.accountId() == actorId;
        if (original.visibility() == Visibility.DIRECT || (original.visibility() == Visibility.PRIVATE && !own)) {
            throw JuntoException.forbidden("This action is not allowed");
        }
        var existing = statuses.reblogBy(actorId, original.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        Visibility v = requested == null || requested == Visibility.DIRECT ? Visibility.PUBLIC : requested;
        if (original.visibility() == Visibility.PRIVATE) {
            v = Visibility.PRIVATE;
        }
        return insertBoost(actorId, original, v);
    }

    /**
     * A group's announce of a post placed in it (FEP-1b12): the groups module has checked that the author is a member,
     * so none of a person's boosting rules apply. The announce is as visible as the post, at most; idempotent.
     */
    @Transactional
    public Status announce(long groupId, Status original, Visibility visibility) {
        return statuses.reblogBy(groupId, original.id()).orElseGet(() -> insertBoost(groupId, original, visibility));
    }

    /** Withdraws a group's announce (a moderator took the post out of the group). */
    @Transactional
    public void withdrawAnnounce(long groupId, long statusId) {
        statuses.reblogBy(groupId, statusId).ifPresent(boost -> {
            statuses.delete(boost.id());
            outbox.publish(new StatusDeleted(boost.id(), groupId));
        });
    }

    private Status insertBoost(long actorId, Status original, Visibility v) {
        long id = Ids.next();
        Instant at = Instant.now();
        Status boost = new Status(
                id,
                actorId,
                null,
                null,
                original.id(),
                original.conversationId(),
                "",
                "",
                "",
                v,
                false,
                null,
                null,
                at,
                null);
        statuses.insert(boost);
        outbox.publish(new StatusPosted(id, actorId));
        return boost;
    }

    /** Removes the actor's boost; returns the original status. */
    @Transactional
    public Status unreblog(long actorId, long statusId) {
        Status original = visibleOriginal(actorId, statusId);
        statuses.reblogBy(actorId, original.id()).ifPresent(boost -> {
            statuses.delete(boost.id());
            outbox.publish(new StatusDeleted(boost.id(), actorId));
        });
        return original;
    }

    @Transactional
    public Status bookmark(long actorId, long statusId) {
        Status status = visibleOriginal(actorId, statusId);
        db.sql("INSERT INTO bookmarks (id, account_id, status_id, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(Ids.next(), actorId, status.id(), now())
                .update();
        return status;
    }

    @Transactional
    public Status unbookmark(long actorId, long statusId) {
        Status status = visibleOriginal(actorId, statusId);
        db.sql("DELETE FROM bookmarks WHERE account_id = ? AND status_id = ?")
                .params(actorId, status.id())
                .update();
        return status;
    }

    @Transactional
    public Status pin(long actorId, long statusId) {
        Status status = statuses.byId(statusId)
                .filter(s -> !s.isReblog() && s.accountId() == actorId)
                .orElseThrow(JuntoException::notFound);
        if (status.visibility() == Visibility.DIRECT) {
            throw JuntoException.invalid("Validation failed: Direct messages cannot be pinned");
        }
        long pinned = db.sql("SELECT COUNT(*) FROM pins WHERE account_id = ?")
                .param(actorId)
                .query(Long.class)
                .single();
        boolean already = db.sql("SELECT COUNT(*) FROM pins WHERE account_id = ? AND status_id = ?")
                        .params(actorId, statusId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!already && pinned >= MAX_PINS) {
            throw JuntoException.invalid("Validation failed: You have already pinned the maximum number of posts");
        }
        db.sql("INSERT INTO pins (id, account_id, status_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(Ids.next(), actorId, statusId, now())
                .update();
        return status;
    }

    @Transactional
    public Status unpin(long actorId, long statusId) {
        Status status =
                statuses.byId(statusId).filter(s -> s.accountId() == actorId).orElseThrow(JuntoException::notFound);
        db.sql("DELETE FROM pins WHERE account_id = ? AND status_id = ?")
                .params(actorId, statusId)
                .update();
        return status;
    }

    /** The status the action applies to: a boost stands for the status it boosts. */
    private Status visibleOriginal(long actorId, long statusId) {
        Status status = statuses.byId(statusId).orElseThrow(JuntoException::notFound);
        if (status.isReblog()) {
            status = statuses.byId(status.reblogOfId()).orElseThrow(JuntoException::notFound);
        }
        if (!visibility.canSee(actorId, status.id())) {
            throw JuntoException.notFound();
        }
        return status;
    }

    private static long now() {
        return Instant.now().toEpochMilli();
    }
}
