package org.junto.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The running server carries what decision 0019 sets by default: room for 20,000 connections and small
 * per-connection buffers (Tomcat's socket buffers and, through the system property Tomcat reads, the WebSocket ones).
 */
class ConnectionBuffersTest extends ApiTest {
    @Autowired
    WebServerApplicationContext context;

    @Test
    void theServersConnectorHasRoomForManySmallConnections() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) connector.getProtocolHandler();
        assertThat(protocol.getMaxConnections()).isEqualTo(20_000);
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize")))
                .isEqualTo("1024");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("1024");
        assertThat(System.getProperty(ConnectionBuffers.WEBSOCKET_BUFFER_PROPERTY))
                .isEqualTo("1024");
    }
}
