package org.junto.actions;

/** An offer or a need was made: matching looks for the needs it could meet, or the offers that could meet it. */
public record OfferNeedPosted(long offerNeedId) {}
