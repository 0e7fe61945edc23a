package org.junto.social;

import org.junto.accounts.Accounts;
import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks and unblocks. A block ends every follow and pending request between the two accounts, both ways, in the
 * same transaction; feeds and notifications are cleaned up after commit ({@link AccountBlocked}).
 */
@Service
public class BlockService {
    private final Accounts accounts;
    private final Blocks blocks;
    private final Follows follows;
    private final Outbox outbox;

    BlockService(Accounts accounts, Blocks blocks, Follows follows, Outbox outbox) {
        this.accounts = accounts;
        this.blocks = blocks;
        this.follows = follows;
        this.outbox = outbox;
    }

    @Transactional
    public void block(long blockerId, long targetId) {
        accounts.byId(targetId).orElseThrow(JuntoException::notFound);
        if (blockerId == targetId) {
            throw JuntoException.forbidden("This action is not allowed");
        }
        if (!blocks.insert(blockerId, targetId)) {
            return;
        }
        follows.deleteFollow(blockerId, targetId);
        follows.deleteFollow(targetId, blockerId);
        follows.deleteRequest(blockerId, targetId);
        follows.deleteRequest(targetId, blockerId);
        outbox.publish(new AccountBlocked(blockerId, targetId));
    }

    @Transactional
    public void unblock(long blockerId, long targetId) {
        accounts.byId(targetId).orElseThrow(JuntoException::notFound);
        blocks.delete(blockerId, targetId);
    }
}
