package org.junto.actions;

/** The task made by accepting an offer or a need was done: {@code helperId} helped {@code helpedId}. */
public record OfferNeedMet(long offerNeedId, String kind, long helperId, long helpedId, long taskId) {}
