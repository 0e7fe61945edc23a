package org.junto.security;

import java.time.Clock;
import java.time.Duration;
import org.junto.cluster.ClusterMode;
import org.junto.cluster.ClusterRedis;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The API rate limits' settings and their counter: in this process, or in Redis shared by a cluster's nodes. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    @Bean
    @Conditional(ClusterMode.Off.class)
    RateLimiter inMemoryRateLimiter() {
        return new InMemoryRateLimiter(Clock.systemUTC());
    }

    @Bean
    @Conditional(ClusterMode.On.class)
    RateLimiter redisRateLimiter(ClusterRedis redis) {
        return new RedisRateLimiter(redis, Clock.systemUTC());
    }

    @Bean
    RateLimitFilter.Settings rateLimitSettings(
            @Value("${junto.rate-limits.enabled:true}") boolean enabled,
            @Value("${junto.rate-limits.requests:300}") int requests,
            @Value("${junto.rate-limits.period-seconds:300}") long periodSeconds) {
        return new RateLimitFilter.Settings(enabled, requests, Duration.ofSeconds(periodSeconds));
    }
}
