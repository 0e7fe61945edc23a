package org.junto.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that drives the running server over HTTP. One server (and one database) per JVM and database
 * kind is shared by all such tests, so each test makes its own accounts with unique names. Runs on SQLite and on
 * PostgreSQL: the build runs the "storage" tag once per database.
 */
@Tag("storage")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
public abstract class ApiTest {
    private static final String DATABASE = TestDatabase.fresh();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("junto-data-");
        registry.add("junto.database-url", () -> DATABASE);
        registry.add("junto.data-dir", dataDir::toString);
        registry.add("junto.rate-limits.enabled", () -> "false");
        registry.add("junto.domain", () -> "junto.test");
        registry.add("junto.scheme", () -> "https");
        registry.add("junto.streaming.heartbeat-seconds", () -> "2");
    }

    protected Client client() {
        return new Client("http://127.0.0.1:" + port, null);
    }

    protected Client client(String token) {
        return new Client("http://127.0.0.1:" + port, token);
    }
}
