-- Follow requests keep the languages a requester asked for, so that accepting the request makes the same follow
-- a direct follow would have made.
ALTER TABLE follow_requests ADD COLUMN languages TEXT;

-- What caused a notification: the follow, follow request, boost, favourite, status or edit row. It makes notification
-- handlers idempotent (a retried job inserts nothing new) and lets reads drop notifications whose cause was undone
-- (unfollowed, request answered, boost or favourite withdrawn), as Mastodon removes them with their activity.
ALTER TABLE notifications ADD COLUMN activity_id BIGINT;
CREATE UNIQUE INDEX notifications_activity ON notifications (account_id, type, from_account_id, activity_id);

CREATE INDEX follows_account ON follows (account_id, id);
CREATE INDEX follows_target_id ON follows (target_account_id, id);
CREATE INDEX blocks_account ON blocks (account_id, id);
CREATE INDEX mutes_account ON mutes (account_id, id);
CREATE INDEX mutes_target ON mutes (target_account_id, account_id);
CREATE INDEX notifications_from ON notifications (account_id, from_account_id);
CREATE INDEX account_conversations_conversation ON account_conversations (conversation_id);
