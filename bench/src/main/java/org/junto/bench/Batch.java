package org.junto.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One INSERT statement fed in JDBC batches; the seeder's only way of writing rows. A batch whose rows reference
 * another's (home-feed rows and their statuses) names it as parent and flushes it first, so foreign keys hold.
 */
final class Batch implements AutoCloseable {
    private static final int SIZE = 5_000;
    private final PreparedStatement statement;
    private final Batch parent;
    private final String sql;
    private int pending;
    private long written;

    Batch(Connection connection, String sql) throws SQLException {
        this(connection, sql, null);
    }

    Batch(Connection connection, String sql, Batch parent) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.parent = parent;
        this.sql = sql;
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        written++;
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            try {
                statement.executeBatch();
            } catch (SQLException e) {
                throw new SQLException(e.getMessage() + " in " + sql, e);
            }
            pending = 0;
        }
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
