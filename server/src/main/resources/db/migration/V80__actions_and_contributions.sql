-- Actions carried by posts (tasks, offers, needs) and the contribution log. Portable SQL, conventions of V1.

-- The poster's time zone resolves relative due dates (due:tomorrow, due:friday); an IANA zone id.
ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';

CREATE TABLE tasks (
    id BIGINT PRIMARY KEY,
    title TEXT NOT NULL,
    state TEXT NOT NULL,
    creator_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    claimed_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    origin_status_id BIGINT NOT NULL,
    group_id BIGINT,
    offer_need_id BIGINT,
    due_on TEXT,
    due_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tasks_creator ON tasks (creator_id, id);
CREATE INDEX tasks_state ON tasks (state, id);
CREATE INDEX tasks_origin ON tasks (origin_status_id);

CREATE TABLE task_assignees (
    task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, account_id)
);
CREATE INDEX task_assignees_account ON task_assignees (account_id, task_id);

-- Every post that belongs to a task's thread and may act on it: its origin, the action replies and the traces.
CREATE TABLE task_posts (
    status_id BIGINT PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE
);

-- The history of a task: one row per change, with who made it and the post that carries it.
CREATE TABLE task_events (
    id BIGINT PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    detail TEXT,
    status_id BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX task_events_task ON task_events (task_id, id);

CREATE TABLE offers_needs (
    id BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    state TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    origin_status_id BIGINT NOT NULL UNIQUE,
    group_id BIGINT,
    task_id BIGINT,
    helper_id BIGINT,
    helped_id BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX offers_needs_state ON offers_needs (kind, state, id);

CREATE TABLE offer_need_topics (
    offer_need_id BIGINT NOT NULL REFERENCES offers_needs (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (offer_need_id, topic)
);
CREATE INDEX offer_need_topics_topic ON offer_need_topics (topic, offer_need_id);

-- Accounts the server itself posts as (the actions bot that explains refused actions and sends reminders).
CREATE TABLE system_accounts (
    name TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE
);

-- The contribution log: append-only. source_key makes recording idempotent (a retried job adds nothing).
CREATE TABLE contributions (
    id BIGINT PRIMARY KEY,
    actor_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    counterpart_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    group_id BIGINT,
    source_key TEXT NOT NULL UNIQUE,
    occurred_at BIGINT NOT NULL
);
CREATE INDEX contributions_actor ON contributions (actor_id, occurred_at);
CREATE INDEX contributions_counterpart ON contributions (counterpart_id, occurred_at);

-- Derived from the log, never edited by hand: weight given by account_id to other_id, each contribution's weight
-- scaled by 2^((occurred_at - epoch) / half-life) so that decay to any later instant is one multiplication.
CREATE TABLE relationship_weights (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    other_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    scaled_weight DOUBLE PRECISION NOT NULL,
    contributions INTEGER NOT NULL,
    PRIMARY KEY (account_id, other_id)
);
CREATE INDEX relationship_weights_other ON relationship_weights (other_id, account_id);
