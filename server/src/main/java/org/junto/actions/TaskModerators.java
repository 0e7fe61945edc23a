package org.junto.actions;

/**
 * Who moderates the tasks of a group, for the transition rules: the groups module answers (its owners, admins and
 * moderators, and the admins of its organization). A task without a group has no moderators.
 */
public interface TaskModerators {

    boolean moderates(long accountId, Long groupId);
}
