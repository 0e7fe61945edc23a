package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junto.accounts.OAuthTokens;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.LiveSse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Stopping and starting the streaming connections' lifecycle again (as Spring's test framework does when it pauses a
 * cached context and resumes it) leaves streaming working: the token re-check and the heartbeats resume. Before
 * the fix the timer was shut down for good on the first stop, so a revoked token kept its stream open.
 */
class StreamsAfterRestartTest extends ApiTest {
    @Autowired
    OAuthTokens tokens;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void tokenChecksAndHeartbeatsResumeAfterAStopAndStart() throws Exception {
        // The streaming door's lifecycle alone: stopping the whole context would move the web server to a new port.
        SmartLifecycle connections = context.getBean("openConnections", SmartLifecycle.class);
        connections.stop();
        connections.start();
        TestUser me = fixtures.user("restartrevoke");
        String token = fixtures.tokenFor(me, "read");
        try (LiveSse stream = LiveSse.open(port, "/api/v1/streaming/user", token)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.await(e -> e.event().equals("comment") && e.data().equals("thump"), 5))
                    .as("heartbeats resume")
                    .isNotNull();
            tokens.revoke(token);
            assertThat(stream.awaitEnd(5)).as("the revoked token's stream ends").isTrue();
        }
    }
}
