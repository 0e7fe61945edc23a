package org.junto.core;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL fragments for Mastodon's id-cursor pagination over one increasing key column (a row id, or another id such as a
 * conversation's last status). The bounds are parsed numbers, so they are written into the SQL as literals and the
 * caller binds nothing extra.
 */
public final class Keyset {
    private Keyset() {}

    /** {@code " AND column < max AND column > lower"} for the bounds the page has; empty if it has none. */
    public static String bounds(String column, PageRequest page) {
        StringBuilder sql = new StringBuilder();
        if (page.maxId() != null) {
            sql.append(" AND ").append(column).append(" < ").append(page.maxId().longValue());
        }
        if (page.lowerBound() != null) {
            sql.append(" AND ")
                    .append(column)
                    .append(" > ")
                    .append(page.lowerBound().longValue());
        }
        return sql.toString();
    }

    /** Newest first, or oldest first from {@code min_id} (then {@link #newestFirst} turns the page around). */
    public static String orderAndLimit(String column, PageRequest page) {
        return " ORDER BY " + column + (page.ascending() ? " ASC" : " DESC") + " LIMIT " + page.limit();
    }

    public static <T> List<T> newestFirst(List<T> rows, PageRequest page) {
        if (!page.ascending()) {
            return rows;
        }
        List<T> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
