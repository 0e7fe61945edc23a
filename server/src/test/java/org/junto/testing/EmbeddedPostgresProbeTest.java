package org.junto.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("storage")
class EmbeddedPostgresProbeTest {
    @Test
    void freshDatabaseAcceptsConnections() throws Exception {
        String url = TestDatabase.fresh();
        try (var c = DriverManager.getConnection(url)) {
            assertThat(c.isValid(2)).isTrue();
        }
    }
}
