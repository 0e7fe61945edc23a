package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junto.JuntoApplication;
import org.junto.testing.ClusterNode;
import org.junto.testing.Fixtures;
import org.junto.testing.LiveSse;
import org.junto.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server stopping with streams open (the Mastodon streaming API and the web app's live events) ends them at once
 * instead of holding its graceful shutdown for the whole timeout, and the clients see their streams end.
 */
class ShutdownWithOpenStreamsTest {

    @Test
    void openStreamsEndWhenTheServerStopsAndDoNotHoldTheShutdown() throws Exception {
        ConfigurableApplicationContext server = new SpringApplicationBuilder(JuntoApplication.class, Fixtures.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("testTypes", new ClusterNode.TestTypes()))
                .run(
                        "--server.port=0",
                        "--server.shutdown=graceful",
                        "--junto.database-url=" + TestDatabase.fresh(),
                        "--junto.data-dir=" + Files.createTempDirectory("junto-shutdown-"),
                        "--junto.rate-limits.enabled=false");
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        Fixtures fixtures = server.getBean(Fixtures.class);
        String token = fixtures.user("streamer").token();
        try (LiveSse mastodon = LiveSse.open(port, "/api/v1/streaming/public", token);
                LiveSse web = LiveSse.open(port, "/web/live", null)) {
            assertThat(mastodon.status()).isEqualTo(200);
            assertThat(web.status()).isEqualTo(200);

            long start = System.nanoTime();
            server.close();
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(tookMillis).as("shutdown time in ms").isLessThan(10_000);
            assertThat(mastodon.awaitEnd(5)).isTrue();
            assertThat(web.awaitEnd(5)).isTrue();
        } finally {
            server.close();
        }
    }
}
