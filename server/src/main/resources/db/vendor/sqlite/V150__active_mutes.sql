-- The mutes in force now (decision 0024). Timeline and visibility queries read this view instead of comparing
-- expires_at with a time written into the SQL text, so their text never changes and a prepared statement is reused.
-- SQLite reads 'now' once per statement step; julianday's epoch offset turns it into milliseconds since 1970.
CREATE VIEW active_mutes AS
SELECT m.account_id, m.target_account_id
FROM mutes m
WHERE m.expires_at IS NULL OR m.expires_at > CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER);
