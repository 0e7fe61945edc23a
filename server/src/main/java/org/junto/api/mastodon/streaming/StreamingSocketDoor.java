package org.junto.api.mastodon.streaming;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.context.ServletContextAware;

/**
 * The WebSocket door at {@code /api/v1/streaming}: checks the handshake and hands the connection to Tomcat's
 * WebSocket container as a {@link StreamingSocketEndpoint}.
 *
 * <p>The API's bearer filter has already read the token the ways Mastodon accepts it (the {@code Authorization}
 * header, the {@code access_token} parameter, the {@code Sec-WebSocket-Protocol} header) and refused an unknown one;
 * here a connection without a user token is refused with Mastodon's 401, before any upgrade (a Jakarta configurator
 * has no way to refuse a handshake with a status and a body). The configurator accepts any origin, echoes the first
 * requested sub-protocol (Mastodon clients in browsers send the token there, and browsers require it echoed) and
 * negotiates no extension: like Mastodon's streaming server, no {@code permessage-deflate}, whose compressor and
 * decompressor would cost each connection far more than everything else it holds.
 *
 * <p>Buffers are kept small: clients only ever send short subscribe messages, and an idle connection should cost
 * little memory (decision 0019). Tomcat keeps the handshake request of every session for the session's life, so it is
 * given only what the stream needs ({@link StreamingHandshake}).
 */
@Component
@ConditionalOnWebApplication
class StreamingSocketDoor implements HttpRequestHandler, ServletContextAware {
    /** Subscribe messages are well under 512 characters. */
    static final int TEXT_BUFFER_CHARS = 512;
    /**
     * Binary messages are not accepted at all; text is staged through the binary buffer while it is decoded, in
     * pieces, so that one can be smaller.
     */
    static final int BINARY_BUFFER_BYTES = 256;

    private final ServerEndpointConfig endpointConfig;
    private ServerContainer container;

    StreamingSocketDoor(StreamingSocketHandler handler) {
        this.endpointConfig = ServerEndpointConfig.Builder.create(StreamingSocketEndpoint.class, "/api/v1/streaming")
                .configurator(new Handshake(handler))
                .build();
    }

    @Override
    public void setServletContext(ServletContext servletContext) {
        if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer c) {
            c.setDefaultMaxTextMessageBufferSize(TEXT_BUFFER_CHARS);
            c.setDefaultMaxBinaryMessageBufferSize(BINARY_BUFFER_BYTES);
            c.setDefaultMaxSessionIdleTimeout(0L);
            container = c;
        }
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only GET may open a WebSocket");
            return;
        }
        if (!asksForWebSocket(request)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Can Upgrade only to WebSocket");
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = auth != null && auth.getPrincipal() instanceof Caller c ? c : Caller.ANONYMOUS;
        try {
            StreamRequest.viewer(caller);
        } catch (JuntoException e) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
            return;
        }
        if (container == null) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "WebSocket is not available on this server");
            return;
        }
        try {
            container.upgradeHttpToWebSocket(
                    StreamingHandshake.trim(request, caller), response, endpointConfig, Map.of());
        } catch (DeploymentException e) {
            throw new ServletException("WebSocket upgrade failed", e);
        }
    }

    /** Whether an {@code Upgrade} header lists {@code websocket} (it is a comma-separated list of protocols). */
    private static boolean asksForWebSocket(HttpServletRequest request) {
        for (var headers = request.getHeaders("Upgrade"); headers.hasMoreElements(); ) {
            for (String protocol : headers.nextElement().split(",")) {
                if (protocol.trim().equalsIgnoreCase("websocket")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mastodon's error body; the messages are Junto's own constants, never user text. */
    private static void refuse(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The handshake work Tomcat asks the application for. */
    private static final class Handshake extends ServerEndpointConfig.Configurator {
        private final StreamingSocketHandler handler;

        Handshake(StreamingSocketHandler handler) {
            this.handler = handler;
        }

        @Override
        public boolean checkOrigin(String originHeaderValue) {
            return true;
        }

        /** The first requested sub-protocol, which Mastodon clients use to carry the token. */
        @Override
        public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
            return requested.isEmpty() ? "" : requested.getFirst();
        }

        @Override
        public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
            return List.of();
        }

        @Override
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return endpointClass.cast(new StreamingSocketEndpoint(handler));
        }
    }
}
