package org.junto.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junto.security.RateLimiter;
import org.junto.streaming.StreamBus;
import org.junto.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without {@code junto.redis-url} a node is embedded: nothing of Redis is created, the bus and counters are local. */
class EmbeddedModeTest extends ApiTest {
    @Autowired
    ApplicationContext context;

    @Test
    void noRedisIsTouchedWhenNoneIsConfigured() {
        assertThat(context.getBeanNamesForType(ClusterRedis.class)).isEmpty();
        assertThat(context.getBean(StreamBus.class).getClass().getSimpleName()).isEqualTo("InProcessBus");
        assertThat(context.getBean(RateLimiter.class).getClass().getSimpleName())
                .isEqualTo("InMemoryRateLimiter");
    }
}
