-- Groups and organizations (docs/decisions/0012-groups-and-organizations.md). Both are accounts (actor_type 'Group'
-- or 'Organization'), so their handles share the account namespace; a "collective" row adds what they have beyond a
-- profile. Portable SQL, as in V1.

CREATE TABLE collectives (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    privacy TEXT NOT NULL,
    rules TEXT NOT NULL DEFAULT '',
    organization_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX collectives_kind ON collectives (kind, account_id);
CREATE INDEX collectives_organization ON collectives (organization_id);

-- Roles: owner, admin, moderator, member (groups); owner, admin, staff, contributor (organizations).
CREATE TABLE memberships (
    id BIGINT PRIMARY KEY,
    collective_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (collective_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id, collective_id);
CREATE INDEX memberships_collective ON memberships (collective_id, id);

-- A ban is the group's (or organization's) block of the account: see decision 0012.

CREATE TABLE join_requests (
    id BIGINT PRIMARY KEY,
    collective_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    UNIQUE (collective_id, account_id)
);
CREATE INDEX join_requests_collective ON join_requests (collective_id, id);

-- An invitation names an invitee, or is a shareable link (code_hash set, the code itself is never stored) with an
-- optional expiry and use limit.
CREATE TABLE invitations (
    id BIGINT PRIMARY KEY,
    collective_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    inviter_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    invitee_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash TEXT UNIQUE,
    max_uses INTEGER,
    uses INTEGER NOT NULL DEFAULT 0,
    expires_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX invitations_collective ON invitations (collective_id, id);
CREATE INDEX invitations_invitee ON invitations (invitee_id, collective_id);

-- A status placed in a group or organization. members_only rows are visible to members only (closed and secret
-- groups, organization-only posts); removed_at takes a post off the group's timeline but keeps it restricted.
CREATE TABLE collective_posts (
    status_id BIGINT PRIMARY KEY REFERENCES statuses (id) ON DELETE CASCADE,
    collective_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    members_only SMALLINT NOT NULL,
    removed_at BIGINT,
    pinned_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX collective_posts_collective ON collective_posts (collective_id, status_id);
