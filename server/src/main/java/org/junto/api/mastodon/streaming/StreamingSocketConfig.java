package org.junto.api.mastodon.streaming;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Routes {@code /api/v1/streaming} (with or without the trailing slash) to {@link StreamingSocketDoor}, which upgrades
 * the request to a plain Jakarta WebSocket {@link StreamingSocketEndpoint} on Tomcat's container. Spring's
 * {@code WebSocketHandler} layer is not used: it kept a second session object per connection with its own copy of
 * every handshake header (decision 0019). The mapping comes before the annotated controllers' (order 0 is theirs, and
 * none of them maps these two paths), as Spring's WebSocket mapping did.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StreamingSocketConfig {
    @Bean
    SimpleUrlHandlerMapping streamingSocketMapping(StreamingSocketDoor door) {
        SimpleUrlHandlerMapping mapping =
                new SimpleUrlHandlerMapping(Map.of("/api/v1/streaming", door, "/api/v1/streaming/", door));
        mapping.setOrder(1);
        return mapping;
    }
}
