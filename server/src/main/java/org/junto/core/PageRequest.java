package org.junto.core;

/**
 * Mastodon's id-cursor pagination. {@code maxId} and {@code sinceId} bound a newest-first page; {@code minId} asks for
 * the page just above an id, oldest of it first, which the query reverses so every page is newest first.
 */
public record PageRequest(Long maxId, Long sinceId, Long minId, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 40;

    public static PageRequest of(String maxId, String sinceId, String minId, Integer limit) {
        return of(maxId, sinceId, minId, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    public static PageRequest of(
            String maxId, String sinceId, String minId, Integer limit, int defaultLimit, int maxLimit) {
        int effective = limit == null || limit <= 0 ? defaultLimit : Math.min(limit, maxLimit);
        return new PageRequest(cursor(maxId), cursor(sinceId), cursor(minId), effective);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, null, null, limit);
    }

    /** True when results are fetched oldest-first from {@code minId} and must be reversed. */
    public boolean ascending() {
        return minId != null;
    }

    /** A lower bound for ids (exclusive), from since_id or min_id, whichever is larger. */
    public Long lowerBound() {
        if (minId == null) {
            return sinceId;
        }
        return sinceId == null ? minId : Math.max(minId, sinceId);
    }

    private static Long cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw JuntoException.invalid("Pagination cursors must be ids");
        }
    }
}
