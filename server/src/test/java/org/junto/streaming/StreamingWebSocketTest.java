package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junto.testing.LiveSocket.event;
import static org.junto.testing.LiveSocket.payload;
import static org.junto.testing.LiveSocket.statusEvent;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.accounts.OAuthTokens;
import org.junto.accounts.Scopes;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.LiveSocket;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Mastodon's streaming API over a real WebSocket: connecting, subscribing, message shape, events and errors. */
class StreamingWebSocketTest extends ApiTest {
    @Autowired
    OAuthTokens tokens;

    long post(TestUser author, String text, String visibility) {
        var r = client(author.token()).postForm("/api/v1/statuses", Map.of("status", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.json().get("id").asString());
    }

    @Test
    void userStreamCarriesFollowedPostsAsMastodonShapesThem() throws Exception {
        TestUser author = fixtures.user("wsauthor");
        TestUser reader = fixtures.user("wsreader");
        fixtures.follow(reader, author);
        try (LiveSocket socket = LiveSocket.withHeader(port, reader.token(), "?stream=user")) {
            long id = post(author, "Hello <b>stream</b> & all", "public");
            JsonNode message = socket.await(statusEvent("update", "user", id), 10);
            assertThat(message.get("stream").isArray()).isTrue();
            assertThat(message.get("stream")).hasSize(1);
            assertThat(message.get("payload").isString())
                    .as("payload is a JSON-encoded string")
                    .isTrue();
            JsonNode status = payload(message);
            assertThat(status.get("account").get("id").asString()).isEqualTo(author.idString());
            assertThat(status.get("content").asString()).contains("&lt;b&gt;stream");
            assertThat(status.get("favourited").asBoolean()).isFalse();
            assertThat(message.propertyNames()).containsExactly("stream", "event", "payload");
        }
    }

    /**
     * A status is rendered once for all the recipients of an event (decision 0019); each still gets their own flags,
     * on the boost and on the boosted status.
     */
    @Test
    void eachRecipientOfASharedEventGetsTheirOwnFlags() throws Exception {
        TestUser author = fixtures.user("wsflagsauthor");
        TestUser booster = fixtures.user("wsflagsbooster");
        TestUser fan = fixtures.user("wsflagsfan");
        TestUser other = fixtures.user("wsflagsother");
        fixtures.follow(fan, booster);
        fixtures.follow(other, booster);
        long original = post(author, "Worth sharing", "public");
        for (String action : new String[] {"favourite", "bookmark"}) {
            var r = client(fan.token()).post("/api/v1/statuses/" + original + "/" + action);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        try (LiveSocket fanSocket = LiveSocket.withHeader(port, fan.token(), "?stream=user");
                LiveSocket otherSocket = LiveSocket.withHeader(port, other.token(), "?stream=user")) {
            var boost = client(booster.token()).post("/api/v1/statuses/" + original + "/reblog");
            assertThat(boost.status()).as(boost.body()).isEqualTo(200);
            long boostId = Long.parseLong(boost.json().get("id").asString());
            JsonNode mine = payload(fanSocket.await(statusEvent("update", "user", boostId), 10));
            JsonNode theirs = payload(otherSocket.await(statusEvent("update", "user", boostId), 10));
            assertThat(mine.get("reblog").get("favourited").asBoolean()).isTrue();
            assertThat(mine.get("reblog").get("bookmarked").asBoolean()).isTrue();
            assertThat(mine.get("reblog").get("reblogged").asBoolean()).isFalse();
            assertThat(mine.get("favourited").asBoolean()).isFalse();
            assertThat(theirs.get("reblog").get("favourited").asBoolean()).isFalse();
            assertThat(theirs.get("reblog").get("bookmarked").asBoolean()).isFalse();
            assertThat(theirs.get("reblog").get("id").asString()).isEqualTo(Long.toString(original));
            assertThat(mine.get("reblog").get("favourites_count").asLong()).isEqualTo(1);
            var rest = client(fan.token()).get("/api/v1/statuses/" + boostId);
            assertThat(mine.get("reblog").get("favourited"))
                    .as("the stream agrees with REST")
                    .isEqualTo(rest.json().get("reblog").get("favourited"));
        }
    }

    /** A status that mentions someone is rendered for each recipient on their own, and says what REST says. */
    @Test
    void aStatusWithMentionsReachesTheStreamAsRestShowsIt() throws Exception {
        TestUser author = fixtures.user("wsmentionauthor");
        TestUser friend = fixtures.user("wsmentionfriend");
        TestUser reader = fixtures.user("wsmentionreader");
        fixtures.follow(reader, author);
        try (LiveSocket socket = LiveSocket.withHeader(port, reader.token(), "?stream=user")) {
            long id = post(author, "Hello @" + friend.username() + ", welcome", "public");
            JsonNode streamed = payload(socket.await(statusEvent("update", "user", id), 10));
            JsonNode rest = client(reader.token()).get("/api/v1/statuses/" + id).json();
            assertThat(streamed.get("mentions")).hasSize(1);
            assertThat(streamed.get("mentions").get(0).get("id").asString()).isEqualTo(friend.idString());
            assertThat(streamed.get("mentions")).isEqualTo(rest.get("mentions"));
            assertThat(streamed.get("content")).isEqualTo(rest.get("content"));
            assertThat(streamed.get("favourited").asBoolean()).isFalse();
        }
    }

    @Test
    void tokenMayComeAsQueryParameterOrSubProtocol() throws Exception {
        TestUser author = fixtures.user("wsq");
        TestUser reader = fixtures.user("wsqreader");
        try (LiveSocket byQuery = LiveSocket.plain(port, "?stream=public&access_token=" + reader.token());
                LiveSocket byProtocol = LiveSocket.withProtocol(port, reader.token(), "?stream=public:local")) {
            assertThat(byProtocol.acceptedProtocol()).isEqualTo(reader.token());
            long id = post(author, "For everyone", "public");
            byQuery.await(statusEvent("update", "public", id), 10);
            byProtocol.await(statusEvent("update", "public:local", id), 10);
        }
    }

    @Test
    void connectingNeedsAValidUserToken() {
        assertThatThrownBy(() -> LiveSocket.plain(port, "?stream=public")).hasStackTraceContaining("401");
        assertThatThrownBy(() -> LiveSocket.withHeader(port, "not-a-token", "?stream=public"))
                .hasStackTraceContaining("401");
    }

    @Test
    void subscribeAndUnsubscribeOnAnOpenSocket() throws Exception {
        TestUser author = fixtures.user("wssub");
        TestUser reader = fixtures.user("wssubreader");
        String tag = "junto" + reader.id();
        try (LiveSocket socket = LiveSocket.withHeader(port, reader.token(), "")) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"" + tag.toUpperCase() + "\"}");
            socket.subscribe("public");
            Thread.sleep(200);
            long tagged = post(author, "About #" + tag, "public");
            JsonNode m = socket.await(statusEvent("update", "hashtag", tagged), 10);
            assertThat(m.get("stream").get(1).asString()).isEqualTo(tag);
            socket.send("{\"type\":\"unsubscribe\",\"stream\":\"hashtag\",\"tag\":\"" + tag + "\"}");
            Thread.sleep(200);
            socket.drain();
            long again = post(author, "More #" + tag, "public");
            socket.await(statusEvent("update", "public", again), 10);
            assertThat(socket.drain()).noneMatch(event("update", "hashtag"));
        }
    }

    @Test
    void refusedSubscriptionsGetMastodonErrorsAndTheSocketStaysOpen() throws Exception {
        TestUser reader = fixtures.user("wserr");
        String notificationsOnly = fixtures.tokenFor(reader, "read:notifications");
        try (LiveSocket socket = LiveSocket.withHeader(port, notificationsOnly, "?stream=nonsense")) {
            assertError(socket, 400, "Unknown stream type");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\"}");
            assertError(socket, 400, "No tag for stream provided");
            socket.subscribe("public");
            assertError(socket, 401, "Access token does not have the required scopes");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"list\"}");
            assertError(socket, 400, "No list for stream provided");
            socket.send("not json at all");
            socket.subscribe("user:notification");
            TestUser follower = fixtures.user("wserrfollower");
            var r = client(follower.token()).post("/api/v1/accounts/" + reader.id() + "/follow");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode n = socket.await(event("notification", "user:notification"), 10);
            assertThat(payload(n).get("type").asString()).isEqualTo("follow");
            assertThat(payload(n).get("account").get("id").asString()).isEqualTo(follower.idString());
        }
    }

    private static void assertError(LiveSocket socket, int status, String message) throws InterruptedException {
        JsonNode error =
                socket.await(m -> m.has("error") && m.get("error").asString().equals(message), 5);
        assertThat(error.get("error").asString()).isEqualTo(message);
        assertThat(error.get("status").asInt()).isEqualTo(status);
    }

    @Test
    void editsAndDeletesReachTheStreams() throws Exception {
        TestUser author = fixtures.user("wsedit");
        TestUser reader = fixtures.user("wseditreader");
        try (LiveSocket socket = LiveSocket.withHeader(port, reader.token(), "?stream=public")) {
            long id = post(author, "First words", "public");
            socket.await(statusEvent("update", "public", id), 10);
            var edit = client(author.token()).putJson("/api/v1/statuses/" + id, Map.of("status", "Second words"));
            assertThat(edit.status()).as(edit.body()).isEqualTo(200);
            JsonNode updated = socket.await(statusEvent("status.update", "public", id), 10);
            assertThat(payload(updated).get("content").asString()).contains("Second words");
            assertThat(payload(updated).get("edited_at").isNull()).isFalse();
            assertThat(client(author.token()).delete("/api/v1/statuses/" + id).status())
                    .isEqualTo(200);
            JsonNode deleted = socket.await(statusEvent("delete", "public", id), 10);
            assertThat(deleted.get("payload").asString()).isEqualTo(Long.toString(id));
        }
    }

    @Test
    void theMastodonDoorDoesNotSendJuntoCounts() throws Exception {
        TestUser author = fixtures.user("wscounts");
        TestUser reader = fixtures.user("wscountsreader");
        try (LiveSocket socket = LiveSocket.withHeader(port, reader.token(), "?stream=public")) {
            long id = post(author, "Favourite me", "public");
            socket.await(statusEvent("update", "public", id), 10);
            assertThat(client(reader.token())
                            .post("/api/v1/statuses/" + id + "/favourite")
                            .status())
                    .isEqualTo(200);
            long marker = post(author, "Marker", "public");
            socket.await(statusEvent("update", "public", marker), 10);
            Thread.sleep(300);
            assertThat(socket.drain())
                    .noneMatch(m -> m.has("event") && m.get("event").asString().startsWith("junto"));
        }
    }

    @Test
    void revokingTheTokenClosesTheSocketWithinFiveSeconds() throws Exception {
        TestUser reader = fixtures.user("wsrevoke");
        String token = fixtures.tokenFor(reader, "read");
        try (LiveSocket socket = LiveSocket.withHeader(port, token, "?stream=user")) {
            Thread.sleep(300);
            assertThat(socket.isClosed()).isFalse();
            tokens.revoke(token);
            long start = System.nanoTime();
            int code = socket.awaitClose(Duration.ofSeconds(5));
            assertThat(code).isEqualTo(1008);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void theHandshakeAnswersWithOrWithoutTheSlashNegotiatesNoCompressionAndRefusesWithMastodonsError()
            throws Exception {
        TestUser reader = fixtures.user("wshandshake");
        String accepted = handshake(
                "/api/v1/streaming/?stream=public",
                "Sec-WebSocket-Protocol: " + reader.token(),
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits");
        assertThat(accepted)
                .startsWith("HTTP/1.1 101")
                .containsIgnoringCase("Sec-WebSocket-Protocol: " + reader.token())
                .doesNotContainIgnoringCase("Sec-WebSocket-Extensions");
        String refused = handshake("/api/v1/streaming?stream=public");
        assertThat(refused).startsWith("HTTP/1.1 401").contains("{\"error\":\"Missing access token\"}");
        String appOnly = handshake("/api/v1/streaming?stream=public&access_token="
                + tokens.issue(null, null, Scopes.parse("read")).accessToken());
        assertThat(appOnly).startsWith("HTTP/1.1 401").contains("{\"error\":\"Invalid access token\"}");
    }

    /** A WebSocket handshake written by hand, to see the response's headers and body as they are sent. */
    private String handshake(String target, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
                    .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                    String text = read.toString(StandardCharsets.UTF_8);
                    if (text.startsWith("HTTP/1.1 101") && text.contains("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // A refused handshake's connection may stay open: what came within the second is the response.
            }
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
