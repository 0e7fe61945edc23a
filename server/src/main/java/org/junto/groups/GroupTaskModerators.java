package org.junto.groups;

import org.junto.actions.TaskModerators;
import org.springframework.stereotype.Component;

/**
 * The moderators of a group's tasks for the transition rules: its owners, admins and moderators (staff in an
 * organization), and the admins of the organization it belongs to.
 */
@Component
class GroupTaskModerators implements TaskModerators {
    private final Groups groups;

    GroupTaskModerators(Groups groups) {
        this.groups = groups;
    }

    @Override
    public boolean moderates(long accountId, Long groupId) {
        return groupId != null
                && groups.roleOf(groupId, accountId)
                        .map(r -> r.atLeast(Role.MODERATOR))
                        .orElse(false);
    }
}
