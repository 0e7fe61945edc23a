package org.junto.statuses;

/** A status (or a boost) was stored; fan-out, notifications and streaming follow. */
public record StatusPosted(long statusId, long accountId) {}
