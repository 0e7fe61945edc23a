package org.junto.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The signed-in browsers of this node (web sessions live in its memory; see the cluster-mode notes), for the web
 * chain's session management and the settings page that lists them. Not tied to a web server being present, so the
 * command-line tools start the same beans.
 */
@Configuration(proxyBeanMethods = false)
class WebSessions {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends (sign-out, timeout). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
