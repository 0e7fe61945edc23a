package org.junto.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API rate limits' settings and their counter: in-process for now; cluster mode will choose a Redis one here. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    @Bean
    RateLimiter inMemoryRateLimiter() {
        return new InMemoryRateLimiter(Clock.systemUTC());
    }

    @Bean
    RateLimitFilter.Settings rateLimitSettings(
            @Value("${junto.rate-limits.enabled:true}") boolean enabled,
            @Value("${junto.rate-limits.requests:300}") int requests,
            @Value("${junto.rate-limits.period-seconds:300}") long periodSeconds) {
        return new RateLimitFilter.Settings(enabled, requests, Duration.ofSeconds(periodSeconds));
    }
}
