-- Tasks live in the group (or organization) their origin post was placed in (docs/decisions/0022-group-tasks.md).
-- Tasks made before this version get the group of their origin post; boards read them by group and state.
UPDATE tasks SET group_id = (SELECT cp.collective_id FROM collective_posts cp WHERE cp.status_id = tasks.origin_status_id)
WHERE group_id IS NULL;
CREATE INDEX tasks_group ON tasks (group_id, state, id);
