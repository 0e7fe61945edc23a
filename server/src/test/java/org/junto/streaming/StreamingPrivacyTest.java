package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junto.testing.LiveSocket.event;
import static org.junto.testing.LiveSocket.payload;
import static org.junto.testing.LiveSocket.statusEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.LiveSocket;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Live streams follow the same visibility policy as REST reads: nothing reaches a stream whose owner could not read
 * it. Each negative case posts a marker afterwards and waits for it, so "never arrived" is checked after deliveries
 * that came later did arrive (deliveries are in order).
 */
class StreamingPrivacyTest extends ApiTest {
    @Autowired
    LiveStreams liveStreams;

    long post(TestUser author, String text, String visibility) {
        var r = client(author.token()).postForm("/api/v1/statuses", Map.of("status", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.json().get("id").asString());
    }

    static boolean mentions(List<JsonNode> messages, long statusId) {
        return messages.stream().anyMatch(m -> m.toString().contains(Long.toString(statusId)));
    }

    @Test
    void privatePostsReachFollowersButNeverOthers() throws Exception {
        TestUser author = fixtures.user("privauthor");
        TestUser follower = fixtures.user("privfollower");
        TestUser stranger = fixtures.user("privstranger");
        fixtures.follow(follower, author);
        try (LiveSocket followerSocket = LiveSocket.withHeader(port, follower.token(), "?stream=user");
                LiveSocket strangerSocket = LiveSocket.withHeader(port, stranger.token(), "?stream=public")) {
            strangerSocket.subscribe("user");
            Thread.sleep(200);
            long secret = post(author, "Only for followers", "private");
            long unlisted = post(author, "Quietly", "unlisted");
            long marker = post(author, "Public marker", "public");
            followerSocket.await(statusEvent("update", "user", secret), 10);
            followerSocket.await(statusEvent("update", "user", unlisted), 10);
            strangerSocket.await(statusEvent("update", "public", marker), 10);
            Thread.sleep(300);
            List<JsonNode> seen = strangerSocket.drain();
            assertThat(mentions(seen, secret)).isFalse();
            assertThat(mentions(seen, unlisted))
                    .as("public streams carry no unlisted posts")
                    .isFalse();
        }
    }

    @Test
    void directMessagesReachOnlyTheirRecipients() throws Exception {
        TestUser author = fixtures.user("dmauthor");
        TestUser recipient = fixtures.user("dmrecipient");
        TestUser follower = fixtures.user("dmfollower");
        fixtures.follow(follower, author);
        try (LiveSocket recipientSocket = LiveSocket.withHeader(port, recipient.token(), "?stream=direct");
                LiveSocket followerSocket = LiveSocket.withHeader(port, follower.token(), "?stream=user")) {
            recipientSocket.subscribe("user");
            followerSocket.subscribe("direct");
            followerSocket.subscribe("public");
            Thread.sleep(200);
            long dm = post(author, "@" + recipient.username() + " just between us", "direct");
            JsonNode conversation = recipientSocket.await(event("conversation", "direct"), 10);
            JsonNode entity = payload(conversation);
            assertThat(entity.get("last_status").get("id").asString()).isEqualTo(Long.toString(dm));
            assertThat(entity.get("accounts").get(0).get("id").asString()).isEqualTo(author.idString());
            assertThat(entity.get("unread").asBoolean()).isTrue();
            recipientSocket.await(statusEvent("update", "user", dm), 10);
            JsonNode mention = recipientSocket.await(event("notification", "user"), 10);
            assertThat(payload(mention).get("type").asString()).isEqualTo("mention");
            long marker = post(author, "Public marker", "public");
            followerSocket.await(statusEvent("update", "user", marker), 10);
            Thread.sleep(300);
            assertThat(mentions(followerSocket.drain(), dm)).isFalse();
        }
    }

    @Test
    void blockedAndMutedAuthorsDoNotReachTheBlockerOrMuter() throws Exception {
        TestUser author = fixtures.user("loud");
        TestUser other = fixtures.user("quiet");
        TestUser blocker = fixtures.user("blocker");
        TestUser muter = fixtures.user("muter");
        for (TestUser reader : List.of(blocker, muter)) {
            fixtures.follow(reader, author);
            fixtures.follow(reader, other);
        }
        assertThat(client(blocker.token())
                        .post("/api/v1/accounts/" + author.id() + "/block")
                        .status())
                .isEqualTo(200);
        assertThat(client(muter.token())
                        .post("/api/v1/accounts/" + author.id() + "/mute")
                        .status())
                .isEqualTo(200);
        try (LiveSocket blockerSocket = LiveSocket.withHeader(port, blocker.token(), "?stream=public");
                LiveSocket muterSocket = LiveSocket.withHeader(port, muter.token(), "?stream=user")) {
            blockerSocket.subscribe("user");
            muterSocket.subscribe("public");
            Thread.sleep(200);
            long loud = post(author, "Can anyone hear me", "public");
            long marker = post(other, "Marker", "public");
            blockerSocket.await(statusEvent("update", "public", marker), 10);
            muterSocket.await(statusEvent("update", "user", marker), 10);
            muterSocket.await(statusEvent("update", "public", marker), 10);
            Thread.sleep(300);
            assertThat(mentions(blockerSocket.drain(), loud)).isFalse();
            assertThat(mentions(muterSocket.drain(), loud)).isFalse();
            // And the author, blocked, no longer sees the blocker's posts either.
            try (LiveSocket authorSocket = LiveSocket.withHeader(port, author.token(), "?stream=public")) {
                Thread.sleep(200);
                long hidden = post(blocker, "Not for you", "public");
                long marker2 = post(other, "Marker two", "public");
                authorSocket.await(statusEvent("update", "public", marker2), 10);
                Thread.sleep(300);
                assertThat(mentions(authorSocket.drain(), hidden)).isFalse();
            }
        }
    }

    @Test
    void countsChangesReachSubscribersWhoMaySeeTheStatus() throws Exception {
        TestUser author = fixtures.user("counted");
        TestUser fan = fixtures.user("fan");
        TestUser outsider = fixtures.user("outsider");
        fixtures.follow(fan, author);
        List<StreamEvent> fanEvents = new CopyOnWriteArrayList<>();
        List<StreamEvent> outsiderEvents = new CopyOnWriteArrayList<>();
        try (var fanSub = liveStreams.open(fan.id(), fanEvents::add);
                var outsiderSub = liveStreams.open(outsider.id(), outsiderEvents::add)) {
            fanSub.add(Stream.of("user"));
            outsiderSub.add(Stream.of("public"));
            long secret = post(author, "Followers only", "private");
            assertThat(client(fan.token())
                            .post("/api/v1/statuses/" + secret + "/favourite")
                            .status())
                    .isEqualTo(200);
            long deadline = System.currentTimeMillis() + 10_000;
            while (fanEvents.stream().noneMatch(e -> e.event().equals("junto.counts"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(fanEvents).contains(new StreamEvent(Stream.of("user"), "update", secret));
            assertThat(fanEvents).contains(new StreamEvent(Stream.of("user"), "junto.counts", secret));
            long marker = post(author, "Public", "public");
            deadline = System.currentTimeMillis() + 10_000;
            while (outsiderEvents.stream().noneMatch(e -> e.subjectId() == marker)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(outsiderEvents).contains(new StreamEvent(Stream.of("public"), "update", marker));
            assertThat(outsiderEvents).noneMatch(e -> e.subjectId() == secret);
        }
    }
}
