package org.junto.security;

import org.junto.accounts.OAuthTokens;
import org.junto.accounts.Passwords;
import org.junto.accounts.Users;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two doors, two chains. The API (and the OAuth token endpoints and well-known documents) is stateless, takes bearer
 * tokens, answers CORS from any origin as Mastodon does and has no CSRF (no cookies are read there). The web app uses
 * a session cookie, form login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {
    static final String[] API_PATHS = {
        "/api/**",
        "/oauth/token",
        "/oauth/revoke",
        "/.well-known/**",
        "/nodeinfo/**",
        "/users/**",
        "/avatars/**",
        "/headers/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            OAuthTokens tokens,
            Users users,
            RateLimiter rateLimiter,
            RateLimitFilter.Settings rateLimits)
            throws Exception {
        http.securityMatcher(API_PATHS)
                .csrf(c -> c.disable())
                .cors(c -> c.configurationSource(corsForApi()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .securityContext(s -> s.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new BearerTokenFilter(tokens, users), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimiter, rateLimits), BearerTokenFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/oauth/authorize",
                                "/settings/**",
                                "/notifications",
                                "/bookmarks",
                                "/favourites",
                                "/conversations",
                                "/tasks",
                                "/statuses/**",
                                "/accounts/**",
                                "/tags/*/follow",
                                "/tags/*/unfollow")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(f -> f.loginPage("/auth/sign_in")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(l -> l.logoutUrl("/auth/sign_out").logoutSuccessUrl("/"))
                // Every signed-in browser is registered, so settings can list them and sign one out.
                .sessionManagement(s ->
                        s.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/auth/sign_in"))
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return identifier -> users.loginFor(identifier)
                .map(l -> new JuntoUserDetails(l.accountId(), l.username(), l.passwordHash(), l.canLogIn(), l.admin()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    DaoAuthenticationProvider daoAuthenticationProvider(UserDetailsService details, Passwords passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(passwords.encoder());
        return provider;
    }

    private static UrlBasedCorsConfigurationSource corsForApi() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOriginPattern("*");
        cors.addAllowedMethod("*");
        cors.addAllowedHeader("*");
        cors.addExposedHeader("Link");
        cors.addExposedHeader("X-RateLimit-Limit");
        cors.addExposedHeader("X-RateLimit-Remaining");
        cors.addExposedHeader("X-RateLimit-Reset");
        cors.addExposedHeader("X-Request-Id");
        cors.addExposedHeader("Idempotency-Key");
        cors.setAllowCredentials(false);
        cors.setMaxAge(86400L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
