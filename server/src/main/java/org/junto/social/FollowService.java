package org.junto.social;

import java.util.List;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows and unfollows. Following a locked account asks for permission instead ({@link FollowRequested}); following
 * again only changes the options that were given, as Mastodon does. Unfollowing also withdraws a pending request.
 */
@Service
public class FollowService {
    private final Accounts accounts;
    private final Follows follows;
    private final Blocks blocks;
    private final Outbox outbox;

    FollowService(Accounts accounts, Follows follows, Blocks blocks, Outbox outbox) {
        this.accounts = accounts;
        this.follows = follows;
        this.blocks = blocks;
        this.outbox = outbox;
    }

    /** What the follower asked for; a null option was not given and keeps its current (or default) value. */
    public record Options(Boolean reblogs, Boolean notifying, List<String> languages) {
        public static final Options DEFAULTS = new Options(null, null, null);
    }

    @Transactional
    public void follow(long followerId, long targetId, Options options) {
        Account target = accounts.byId(targetId).orElseThrow(JuntoException::notFound);
        if (followerId == targetId || blocks.eitherBlocks(followerId, targetId)) {
            throw JuntoException.forbidden("This action is not allowed");
        }
        var existing = follows.follow(followerId, targetId);
        if (existing.isPresent()) {
            follows.updateFollow(changed(existing.get(), options));
            return;
        }
        var pending = follows.request(followerId, targetId);
        if (pending.isPresent()) {
            follows.updateRequest(changed(pending.get(), options));
            return;
        }
        boolean reblogs = options.reblogs() == null || options.reblogs();
        boolean notify = options.notifying() != null && options.notifying();
        if (target.locked()) {
            long requestId = follows.insertRequest(followerId, targetId, reblogs, notify, options.languages());
            outbox.publish(new FollowRequested(followerId, targetId, requestId));
        } else {
            long followId = follows.insertFollow(followerId, targetId, reblogs, notify, options.languages());
            outbox.publish(new AccountFollowed(followerId, targetId, followId, false));
        }
    }

    @Transactional
    public void unfollow(long followerId, long targetId) {
        accounts.byId(targetId).orElseThrow(JuntoException::notFound);
        follows.deleteRequest(followerId, targetId);
        if (follows.deleteFollow(followerId, targetId)) {
            outbox.publish(new AccountUnfollowed(followerId, targetId));
        }
    }

    private static Follow changed(Follow f, Options o) {
        return new Follow(
                f.id(),
                f.accountId(),
                f.targetAccountId(),
                o.reblogs() == null ? f.showReblogs() : o.reblogs(),
                o.notifying() == null ? f.notifying() : o.notifying(),
                o.languages() == null ? f.languages() : o.languages());
    }
}
