package org.junto.actions;

/**
 * The seam for group moderators in the transition rules: the groups module will answer for tasks that live in a group.
 * Until then no task has a group and the default answers no.
 */
public interface TaskModerators {

    boolean moderates(long accountId, Long groupId);
}
