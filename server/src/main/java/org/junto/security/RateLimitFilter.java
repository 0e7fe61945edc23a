package org.junto.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mastodon's default API throttle: each token, and each address for requests without one, may make
 * {@code requests} calls per {@code period} to {@code /api/*}. Every counted response says where the caller stands
 * in {@code X-RateLimit-*} headers; past the limit the answer is 429. It runs after the bearer token filter, so the
 * token is known, and after CORS, so browsers can read the 429.
 */
class RateLimitFilter extends OncePerRequestFilter {
    private static final DateTimeFormatter RESET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private final RateLimiter limiter;
    private final Settings settings;

    /** {@code junto.rate-limits.*}. */
    record Settings(boolean enabled, int requests, Duration period) {}

    RateLimitFilter(RateLimiter limiter, Settings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !settings.enabled() || !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = CallerArgumentResolver.current();
        String key = caller.tokenId() != null ? "token:" + caller.tokenId() : "ip:" + request.getRemoteAddr();
        RateLimiter.Usage usage = limiter.hit(key, settings.requests(), settings.period());
        response.setHeader("X-RateLimit-Limit", Integer.toString(usage.limit()));
        response.setHeader("X-RateLimit-Remaining", Integer.toString(usage.remaining()));
        response.setHeader("X-RateLimit-Reset", RESET.format(usage.resetAt()));
        if (!usage.allowed()) {
            response.setStatus(429);
            response.setContentType("application/json");
            response.getOutputStream().write("{\"error\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
