-- Offers and needs on the web, matching, and contributions that stay inside their group (decision 0023).
-- Portable SQL, conventions of V1.

-- The group an offer or a need was posted into (the placement of its origin post), for the group's page.
UPDATE offers_needs SET group_id = (SELECT cp.collective_id FROM collective_posts cp
    WHERE cp.status_id = offers_needs.origin_status_id) WHERE group_id IS NULL;
CREATE INDEX offers_needs_group ON offers_needs (group_id, id);

-- A strong match between a need and an offer whose owners were told: one row, so they are never told twice.
CREATE TABLE offer_need_matches (
    need_id BIGINT NOT NULL REFERENCES offers_needs (id) ON DELETE CASCADE,
    offer_id BIGINT NOT NULL REFERENCES offers_needs (id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL,
    notified_at BIGINT NOT NULL,
    PRIMARY KEY (need_id, offer_id)
);

-- Each contribution carries the group of the post it concerns (docs/contributions.md), read back from its source key.
UPDATE contributions SET group_id = (SELECT cp.collective_id FROM collective_posts cp
    WHERE 'status:' || cp.status_id = contributions.source_key) WHERE source_key LIKE 'status:%';
UPDATE contributions SET group_id = (SELECT cp.collective_id FROM statuses s
    JOIN collective_posts cp ON cp.status_id = s.reblog_of_id
    WHERE 'status:' || s.id = contributions.source_key) WHERE type = 'boost' AND group_id IS NULL;
UPDATE contributions SET group_id = (SELECT MIN(cp.collective_id) FROM collective_posts cp
    WHERE contributions.source_key LIKE 'favourite:' || cp.status_id || ':%') WHERE source_key LIKE 'favourite:%';
UPDATE contributions SET group_id = (SELECT MIN(cp.collective_id) FROM collective_posts cp
    WHERE contributions.source_key LIKE 'thanks:' || cp.status_id || ':%') WHERE source_key LIKE 'thanks:%';
UPDATE contributions SET group_id = (SELECT MIN(cp.collective_id) FROM tasks t
    JOIN collective_posts cp ON cp.status_id = t.origin_status_id
    WHERE contributions.source_key LIKE 'task:' || t.id || ':%') WHERE source_key LIKE 'task:%';
UPDATE contributions SET group_id = (SELECT cp.collective_id FROM offers_needs o
    JOIN collective_posts cp ON cp.status_id = o.origin_status_id
    WHERE contributions.source_key = 'met:' || o.id) WHERE source_key LIKE 'met:%';
CREATE INDEX contributions_group ON contributions (group_id, occurred_at);

-- Relationship weights are kept per group (0: outside any group), so that what two people did inside a closed or
-- secret group counts only for viewers who may see that group's content. Existing rows move to group 0;
-- `junto admin rebuild-contributions` splits them by group from the log.
CREATE TABLE relationship_weights_by_group (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    other_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL,
    scaled_weight DOUBLE PRECISION NOT NULL,
    contributions INTEGER NOT NULL,
    PRIMARY KEY (account_id, other_id, group_id)
);
INSERT INTO relationship_weights_by_group (account_id, other_id, group_id, scaled_weight, contributions)
    SELECT account_id, other_id, 0, scaled_weight, contributions FROM relationship_weights;
DROP TABLE relationship_weights;
ALTER TABLE relationship_weights_by_group RENAME TO relationship_weights;
CREATE INDEX relationship_weights_other ON relationship_weights (other_id, account_id);
CREATE INDEX relationship_weights_group ON relationship_weights (group_id);
