package org.junto.social;

import java.time.Instant;
import java.util.List;
import org.junto.core.Ids;
import org.junto.core.Keyset;
import org.junto.core.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The blocks table. */
@Repository
public class Blocks {
    private final JdbcClient db;

    Blocks(JdbcClient db) {
        this.db = db;
    }

    /** True if {@code accountId} blocks {@code targetId}. */
    public boolean blocks(long accountId, long targetId) {
        return db.sql("SELECT COUNT(*) FROM blocks WHERE account_id = ? AND target_account_id = ?")
                        .params(accountId, targetId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True if either of the two blocks the other. */
    public boolean eitherBlocks(long a, long b) {
        return blocks(a, b) || blocks(b, a);
    }

    /** Everyone who blocks {@code accountId} or whom it blocks. */
    public java.util.Set<Long> eitherWay(long accountId) {
        return new java.util.HashSet<>(db.sql("SELECT target_account_id FROM blocks WHERE account_id = :a"
                        + " UNION SELECT account_id FROM blocks WHERE target_account_id = :a")
                .param("a", accountId)
                .query(Long.class)
                .list());
    }

    /** Inserts the block; false if it already existed. */
    boolean insert(long accountId, long targetId) {
        return db.sql("INSERT INTO blocks (id, account_id, target_account_id, created_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(Ids.next(), accountId, targetId, Instant.now().toEpochMilli())
                        .update()
                > 0;
    }

    boolean delete(long accountId, long targetId) {
        return db.sql("DELETE FROM blocks WHERE account_id = ? AND target_account_id = ?")
                        .params(accountId, targetId)
                        .update()
                > 0;
    }

    /** Accounts {@code accountId} blocks, newest block first, paged by block id. */
    public List<Listed> blockedBy(long accountId, PageRequest page) {
        List<Listed> rows = db.sql("SELECT id, target_account_id FROM blocks WHERE account_id = ?"
                        + Keyset.bounds("id", page) + Keyset.orderAndLimit("id", page))
                .param(accountId)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getLong(2), null))
                .list();
        return Keyset.newestFirst(rows, page);
    }
}
