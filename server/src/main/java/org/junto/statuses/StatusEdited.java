package org.junto.statuses;

/** A status's text or options changed; those who boosted it are told. */
public record StatusEdited(long statusId, long accountId) {}
