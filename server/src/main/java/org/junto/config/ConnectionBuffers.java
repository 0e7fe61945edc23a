package org.junto.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The memory every open connection holds, which is what an idle streaming connection costs (decision 0019). Tomcat
 * gives each connection an application read and write buffer (8 KB each by default), and each WebSocket an input,
 * an output and an encoder buffer (8 KB each); none is allocated lazily, so with 10,000 open streams they are most
 * of the server's memory. Requests and responses larger than these buffers bypass them (Tomcat reads and writes
 * large ones directly), and a WebSocket message larger than its buffer is sent in several frames, so smaller
 * buffers cost a few more system calls on large messages, not correctness.
 *
 * <p>{@code junto.connections.buffer-bytes} sets the socket buffers (1 KB: with 10,000 idle streams an idle stream's
 * RSS was 18.1 KB at 2 KB and 15.8–17.0 KB at 1 KB, and a 36 KB home-timeline response cost the same server CPU
 * either way, decision 0024), {@code junto.streaming.websocket-buffer-bytes} the WebSocket ones. Tomcat reads the
 * latter only from the system property {@value #WEBSOCKET_BUFFER_PROPERTY}, once, when its WebSocket classes load;
 * this sets it before the web server starts unless the operator set it on the command line.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    /** Below this a WebSocket control frame (125 bytes of payload plus its header) would not fit. */
    private static final int SMALLEST = 256;

    private final int socketBufferBytes;

    ConnectionBuffers(
            @Value("${junto.connections.buffer-bytes:1024}") int socketBufferBytes,
            @Value("${junto.streaming.websocket-buffer-bytes:1024}") int websocketBufferBytes) {
        this.socketBufferBytes = Math.max(SMALLEST, socketBufferBytes);
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, Integer.toString(Math.max(SMALLEST, websocketBufferBytes)));
        }
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(socketBufferBytes));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(socketBufferBytes));
        });
    }
}
