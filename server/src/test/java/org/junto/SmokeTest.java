package org.junto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;

class SmokeTest extends ApiTest {
    @Test
    void serverStartsAndMigratesTheDatabase() {
        var alice = fixtures.user("alice");
        assertThat(alice.id()).isPositive();
        assertThat(client().get("/actuator/health").status()).isEqualTo(200);
    }
}
