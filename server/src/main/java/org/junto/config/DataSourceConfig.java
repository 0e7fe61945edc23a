package org.junto.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * One data source for both databases. SQLite runs in WAL mode with {@code synchronous=FULL} (durable by default),
 * a busy timeout, and IMMEDIATE transactions so that a write transaction takes the write lock up front instead of
 * failing on upgrade; reads outside transactions run in parallel.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

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

    @Bean
    DataSource dataSource(
            DatabaseUrl url,
            @Value("${junto.sqlite.synchronous:FULL}") String synchronous,
            @Value("${junto.database-pool-size:10}") int poolSize,
            @Value("${junto.database-pool-min-idle:2}") int minIdle) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.username());
        config.setPassword(url.password());
        config.setPoolName("junto");
        config.setMaximumPoolSize(poolSize);
        // Connections beyond these open on demand and close after ten idle minutes: an idle server does not hold ten
        // SQLite connections, each with its own page cache (part of the idle RSS goal, DESIGN §9).
        config.setMinimumIdle(Math.min(minIdle, poolSize));
        if (url.isSqlite()) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", synchronous);
            config.addDataSourceProperty("busy_timeout", "30000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.setConnectionInitSql("PRAGMA synchronous=" + synchronous);
        }
        return new HikariDataSource(config);
    }

    /** On SQLite, write transactions queue in the JVM rather than in SQLite's sleeping busy handler. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DatabaseUrl url) {
        return url.isSqlite() ? new SqliteTransactionManager(dataSource) : new JdbcTransactionManager(dataSource);
    }
}
