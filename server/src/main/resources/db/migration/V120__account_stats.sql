-- Stored account counters (decision 0020): the posts, followers and following a profile shows, kept in the same
-- transaction as the statuses and follows they count, so that rendering an account reads one row instead of counting.
-- Boosts count as posts, as Mastodon counts them. An account with no row has all three at zero.
CREATE TABLE account_stats (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    statuses_count BIGINT NOT NULL DEFAULT 0,
    followers_count BIGINT NOT NULL DEFAULT 0,
    following_count BIGINT NOT NULL DEFAULT 0
);

INSERT INTO account_stats (account_id, statuses_count, followers_count, following_count)
SELECT a.id,
       (SELECT COUNT(*) FROM statuses s WHERE s.account_id = a.id),
       (SELECT COUNT(*) FROM follows f WHERE f.target_account_id = a.id),
       (SELECT COUNT(*) FROM follows f WHERE f.account_id = a.id)
FROM accounts a;
