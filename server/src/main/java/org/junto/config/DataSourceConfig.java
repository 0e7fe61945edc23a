package org.junto.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * One data source for both databases. SQLite runs in WAL mode with {@code synchronous=FULL} (durable by default),
 * a busy timeout, and IMMEDIATE transactions so that a write transaction takes the write lock up front instead of
 * failing on upgrade; reads outside transactions run in parallel.
 *
 * <p>Connections beyond the minimum open on demand and close after ten idle minutes: an idle server does not hold
 * ten SQLite connections, each with its own page cache (part of the idle RSS goal, DESIGN §9).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Prepared statements kept per SQLite connection. A page of statuses runs about a dozen statements whose text
     * depends only on how many ids they are given, so a few hundred cover every read path at every page size.
     */
    private static final int SQLITE_STATEMENTS_PER_CONNECTION = 256;

    @Bean
    DatabaseUrl databaseUrl(
            @Value("${junto.database-url:}") String configured, @Value("${junto.data-dir}") String dataDir)
            throws IOException {
        Path dir = Path.of(dataDir);
        DatabaseUrl url = DatabaseUrl.resolve(configured, dir);
        if (url.isSqlite()) {
            Files.createDirectories(Path.of(url.jdbcUrl().substring("jdbc:sqlite:".length()))
                    .toAbsolutePath()
                    .getParent());
        }
        return url;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            DatabaseUrl url,
            @Value("${junto.sqlite.synchronous:FULL}") String synchronous,
            @Value("${junto.database-pool-size:10}") int poolSize,
            @Value("${junto.database-pool-min-idle:2}") int minIdle) {
        int idle = Math.min(minIdle, poolSize);
        return url.isSqlite() ? sqlite(url, synchronous, poolSize, idle) : postgres(url, poolSize, idle);
    }

    /**
     * SQLite compiles every statement on prepare, and its driver keeps none: measured on a home-timeline page, a
     * quarter of the request's CPU went to {@code sqlite3_prepare} (decision 0024). DBCP2 pools them per connection.
     */
    private static DataSource sqlite(DatabaseUrl url, String synchronous, int poolSize, int minIdle) {
        BasicDataSource pool = new BasicDataSource();
        pool.setDriverClassName(org.sqlite.JDBC.class.getName());
        pool.setUrl(url.jdbcUrl());
        pool.setConnectionProperties("journal_mode=WAL;synchronous=" + synchronous
                + ";busy_timeout=30000;foreign_keys=true;transaction_mode=IMMEDIATE");
        pool.setConnectionInitSqls(List.of("PRAGMA synchronous=" + synchronous));
        pool.setMaxTotal(poolSize);
        pool.setMaxIdle(poolSize);
        pool.setMinIdle(minIdle);
        pool.setInitialSize(minIdle);
        pool.setMinEvictableIdle(IDLE_TIMEOUT);
        pool.setDurationBetweenEvictionRuns(Duration.ofMinutes(1));
        pool.setMaxWait(Duration.ofSeconds(30));
        pool.setPoolPreparedStatements(true);
        pool.setMaxOpenPreparedStatements(SQLITE_STATEMENTS_PER_CONNECTION);
        // A connection is tested when borrowed only if it was found broken; SQLite's are files, not sockets.
        pool.setTestOnBorrow(false);
        pool.setDefaultAutoCommit(true);
        pool.setRollbackOnReturn(true);
        return pool;
    }

    /** PostgreSQL's driver keeps prepared statements itself (server-side, after five uses of the same text). */
    private static DataSource postgres(DatabaseUrl url, int poolSize, int minIdle) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.username());
        config.setPassword(url.password());
        config.setPoolName("junto");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(minIdle);
        config.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }

    /** On SQLite, write transactions queue in the JVM rather than in SQLite's sleeping busy handler. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DatabaseUrl url) {
        return url.isSqlite() ? new SqliteTransactionManager(dataSource) : new JdbcTransactionManager(dataSource);
    }
}
