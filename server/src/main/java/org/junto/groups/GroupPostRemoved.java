package org.junto.groups;

/** A moderator took a post out of a group (or organization); its author is told. */
public record GroupPostRemoved(long collectiveId, long statusId, long authorId, long moderatorId) {}
