package org.junto.api.mastodon.streaming;

import java.util.List;
import java.util.Map;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * The WebSocket door at {@code /api/v1/streaming}. The handshake needs a user token (the API's bearer filter has read
 * it from the header, the query or the sub-protocol); a token sent as the sub-protocol is echoed back, as browsers
 * require. Buffers are kept small: clients only ever send short subscribe messages, and an idle connection should
 * cost little memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSocket
class StreamingSocketConfig implements WebSocketConfigurer {
    private final StreamingSocketHandler handler;

    StreamingSocketConfig(StreamingSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/api/v1/streaming", "/api/v1/streaming/")
                .setHandshakeHandler(new EchoProtocolHandshake())
                .addInterceptors(new RequireUserToken())
                .setAllowedOriginPatterns("*");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        // Subscribe messages are well under 512 characters; binary messages are not accepted at all. Text is staged
        // through the binary buffer while it is decoded, in pieces, so that one can be smaller.
        container.setMaxTextMessageBufferSize(512);
        container.setMaxBinaryMessageBufferSize(256);
        container.setMaxSessionIdleTimeout(0L);
        return container;
    }

    /** Accepts the first requested sub-protocol, which Mastodon clients use to carry the token. */
    private static final class EchoProtocolHandshake extends DefaultHandshakeHandler {
        @Override
        protected String selectProtocol(List<String> requested, WebSocketHandler webSocketHandler) {
            return requested.isEmpty() ? null : requested.getFirst();
        }
    }

    private static final class RequireUserToken implements HandshakeInterceptor {
        @Override
        public boolean beforeHandshake(
                ServerHttpRequest request,
                ServerHttpResponse response,
                WebSocketHandler wsHandler,
                Map<String, Object> attributes)
                throws Exception {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            Caller caller = auth != null && auth.getPrincipal() instanceof Caller c ? c : Caller.ANONYMOUS;
            try {
                StreamRequest.viewer(caller);
            } catch (JuntoException e) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
                response.getBody().write(("{\"error\":\"" + e.getMessage() + "\"}").getBytes());
                return false;
            }
            attributes.put(StreamingSocketHandler.CALLER, caller);
            return true;
        }

        @Override
        public void afterHandshake(
                ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler, Exception e) {}
    }
}
