package org.junto.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * The database a run uses: a fresh SQLite file in the run's data dir by default, or a fresh database named
 * {@code junto_bench} on the PostgreSQL server of {@code --database-url} (so a shared server's other databases are
 * never touched). The schema is made by the server's own Flyway migrations, copied into this module as resources.
 */
final class BenchDatabase {
    private static final Pattern POSTGRES = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private final String jdbcUrl;

    private BenchDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static BenchDatabase fresh(String requested, Path dataDir) throws SQLException {
        if (requested == null || requested.isBlank()) {
            return new BenchDatabase(
                    "jdbc:sqlite:" + dataDir.resolve("junto.db").toAbsolutePath());
        }
        Matcher m = POSTGRES.matcher(requested);
        if (!m.matches()) {
            throw new IllegalArgumentException("--database-url must be jdbc:postgresql://host:port/db[?user=…]");
        }
        String query = m.group(3) == null ? "" : m.group(3);
        try (Connection admin = DriverManager.getConnection(requested);
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS junto_bench WITH (FORCE)");
            s.execute("CREATE DATABASE junto_bench");
        }
        return new BenchDatabase(m.group(1) + "junto_bench" + query);
    }

    boolean isSqlite() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** What the server is given as {@code JUNTO_DATABASE_URL}. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    void migrate() {
        Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (isSqlite() ? "sqlite" : "postgresql"))
                .load()
                .migrate();
    }

    /**
     * A connection for bulk loading. SQLite skips fsync while seeding (the server reopens it with
     * {@code synchronous=FULL}); PostgreSQL rewrites batches into multi-row inserts.
     */
    Connection bulkLoader() throws SQLException {
        if (isSqlite()) {
            Connection c = DriverManager.getConnection(jdbcUrl);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA cache_size=-262144");
            }
            return c;
        }
        return DriverManager.getConnection(
                jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    }

    /**
     * After the bulk load: PostgreSQL gets the statistics autovacuum would soon gather; SQLite only folds its WAL back
     * into the file (the server never runs ANALYZE there, so neither does the bench, to keep its query plans).
     */
    void settle() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement()) {
            s.execute(isSqlite() ? "PRAGMA wal_checkpoint(TRUNCATE)" : "VACUUM ANALYZE");
        }
    }
}
