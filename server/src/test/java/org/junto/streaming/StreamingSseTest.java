package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.accounts.OAuthTokens;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.LiveSse;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Mastodon's streaming API over server-sent events, read as a plain streaming HTTP response. */
class StreamingSseTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OAuthTokens tokens;

    long post(TestUser author, String text, String visibility) {
        var r = client(author.token()).postForm("/api/v1/statuses", Map.of("status", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.json().get("id").asString());
    }

    static java.util.function.Predicate<LiveSse.Event> update(long id) {
        return e -> e.event().equals("update")
                && JSON.readTree(e.data()).get("id").asString().equals(Long.toString(id));
    }

    @Test
    void healthAnswersOk() {
        var r = client().get("/api/v1/streaming/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("OK");
    }

    @Test
    void juntosOwnNotificationTypesAreNotStreamedToMastodonClients() throws Exception {
        TestUser owner = fixtures.user("streamowner");
        TestUser author = fixtures.user("streamauthor");
        var groups = new org.junto.testing.GroupFixtures(this);
        var group = groups.group(owner, "Streamed", "public");
        String groupId = group.get("id").asString();
        groups.join(author, "groups", groupId);
        long placed = post(author, "@" + group.get("handle").asString() + " off topic", "public");
        fixtures.drainJobs();
        try (LiveSse stream = LiveSse.open(port, "/api/v1/streaming/user/notification", author.token())) {
            assertThat(stream.status()).isEqualTo(200);
            var removed = client(owner.token()).delete("/api/junto/v1/groups/" + groupId + "/statuses/" + placed);
            assertThat(removed.status()).as(removed.body()).isEqualTo(204);
            fixtures.drainJobs();
            post(owner, "@" + author.username() + " sorry, wrong group", "public");
            fixtures.drainJobs();
            LiveSse.Event mention = stream.await(
                    e -> e.event().equals("notification")
                            && JSON.readTree(e.data()).get("type").asString().equals("mention"),
                    10);
            assertThat(mention).isNotNull();
            assertThat(stream.drain())
                    .as("group_post_removed (decision 0021) is not streamed; the mention after it was")
                    .noneMatch(e -> e.data().contains("group_post_removed"));
        }
        assertThat(client(author.token())
                        .get("/api/v1/notifications?types[]=group_post_removed")
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void everyTimelineStreamOverSse() throws Exception {
        TestUser author = fixtures.user("sseauthor");
        TestUser reader = fixtures.user("ssereader");
        fixtures.follow(reader, author);
        String tag = "ssetag" + reader.id();
        String[] paths = {
            "/api/v1/streaming/user",
            "/api/v1/streaming/public",
            "/api/v1/streaming/public?local=true",
            "/api/v1/streaming/public/local",
            "/api/v1/streaming/hashtag?tag=" + tag,
            "/api/v1/streaming/hashtag/local?tag=" + tag
        };
        LiveSse[] streams = new LiveSse[paths.length];
        try {
            for (int i = 0; i < paths.length; i++) {
                streams[i] = LiveSse.open(port, paths[i], reader.token());
                assertThat(streams[i].status()).as(paths[i]).isEqualTo(200);
                assertThat(streams[i].header("Content-Type")).startsWith("text/event-stream");
            }
            long id = post(author, "Streaming #" + tag, "public");
            for (int i = 0; i < paths.length; i++) {
                LiveSse.Event e = streams[i].await(update(id), 10);
                assertThat(JSON.readTree(e.data())
                                .get("tags")
                                .get(0)
                                .get("name")
                                .asString())
                        .as(paths[i])
                        .isEqualTo(tag);
            }
        } finally {
            for (LiveSse s : streams) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }

    @Test
    void remoteStreamCarriesNothingLocal() throws Exception {
        TestUser author = fixtures.user("sseremote");
        TestUser reader = fixtures.user("sseremotereader");
        try (LiveSse remote = LiveSse.open(port, "/api/v1/streaming/public/remote", reader.token());
                LiveSse local = LiveSse.open(port, "/api/v1/streaming/public/local", reader.token())) {
            long id = post(author, "Local only", "public");
            local.await(update(id), 10);
            Thread.sleep(300);
            assertThat(remote.drain()).noneMatch(e -> e.event().equals("update"));
        }
    }

    @Test
    void notificationsDirectAndHeartbeats() throws Exception {
        TestUser me = fixtures.user("ssenote");
        TestUser friend = fixtures.user("ssefriend");
        try (LiveSse notifications = LiveSse.open(port, "/api/v1/streaming/user/notification", me.token());
                LiveSse direct = LiveSse.open(port, "/api/v1/streaming/direct", me.token())) {
            notifications.await(e -> e.event().equals("comment") && e.data().equals("thump"), 5);
            post(friend, "@" + me.username() + " psst", "direct");
            LiveSse.Event n = notifications.await(e -> e.event().equals("notification"), 10);
            assertThat(JSON.readTree(n.data()).get("type").asString()).isEqualTo("mention");
            LiveSse.Event c = direct.await(e -> e.event().equals("conversation"), 10);
            assertThat(JSON.readTree(c.data()).get("accounts").get(0).get("id").asString())
                    .isEqualTo(friend.idString());
            assertThat(notifications.drain()).noneMatch(e -> e.event().equals("update"));
        }
    }

    @Test
    void errorsAndScopes() throws Exception {
        TestUser me = fixtures.user("sseerr");
        try (LiveSse anonymous = LiveSse.open(port, "/api/v1/streaming/public", null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        var noTag = client(me.token()).get("/api/v1/streaming/hashtag");
        assertThat(noTag.status()).isEqualTo(400);
        assertThat(noTag.json().get("error").asString()).isEqualTo("No tag for stream provided");
        var wrongScope = client(fixtures.tokenFor(me, "read:statuses")).get("/api/v1/streaming/user/notification");
        assertThat(wrongScope.status()).isEqualTo(401);
        assertThat(wrongScope.json().get("error").asString())
                .isEqualTo("Access token does not have the required scopes");
        try (LiveSse ok = LiveSse.open(port, "/api/v1/streaming/user", fixtures.tokenFor(me, "read:statuses"))) {
            assertThat(ok.status()).isEqualTo(200);
        }
    }

    @Test
    void revokingTheTokenEndsTheStreamWithinFiveSeconds() throws Exception {
        TestUser me = fixtures.user("sserevoke");
        String token = fixtures.tokenFor(me, "read");
        try (LiveSse stream = LiveSse.open(port, "/api/v1/streaming/user", token)) {
            assertThat(stream.status()).isEqualTo(200);
            tokens.revoke(token);
            assertThat(stream.awaitEnd(5)).isTrue();
        }
    }
}
