package org.junto.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database every storage test runs on, chosen by the {@code junto.test.db} system property that the build's two
 * test executions set: {@code sqlite} (a fresh file) or {@code postgres} (a fresh database on the server named by
 * {@code junto.test.postgres.url}, or else on an embedded real PostgreSQL started once per JVM).
 */
public final class TestDatabase {
    private static EmbeddedPostgres embedded;

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("junto.test.db", "sqlite"));
    }

    /** A new, empty database; returns its URL in the form {@code JUNTO_DATABASE_URL} accepts. */
    public static synchronized String fresh() {
        return isPostgres() ? freshPostgres() : freshSqlite();
    }

    private static String freshSqlite() {
        try {
            Path dir = Files.createTempDirectory("junto-test-");
            return "jdbc:sqlite:" + dir.resolve("junto.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new, empty PostgreSQL database whatever {@code junto.test.db} says (cluster tests need one that several nodes
     * share): on the server named by {@code junto.test.postgres.url}, or else on the embedded one.
     */
    public static synchronized String freshPostgres() {
        String server = System.getProperty("junto.test.postgres.url", "");
        String admin = server.isBlank() ? embedded().getJdbcUrl("postgres", "postgres") : server;
        String name = "junto_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + admin, e);
        }
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + name + (query >= 0 ? admin.substring(query) : "");
    }

    private static EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return embedded;
    }
}
