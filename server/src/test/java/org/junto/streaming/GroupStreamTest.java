package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.junto.testing.LiveSocket;
import org.junto.testing.LiveSse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Junto's {@code group} stream on the Mastodon streaming API: a group's new posts for those who may see the group, over
 * SSE ({@code /api/v1/streaming/group?group=ID}) and WebSocket ({@code stream=group} with {@code group}); a closed
 * group's posts reach its members only and a secret group cannot be streamed by outsiders at all.
 */
class GroupStreamTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private long postInto(TestUser author, JsonNode group, String text) {
        var r = client(author.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of("status", "@" + group.get("handle").asString() + " " + text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.json().get("id").asString());
    }

    @Test
    void membersReceiveAClosedGroupsPostsOverSseAndWebSocket() throws Exception {
        TestUser owner = fixtures.user("gsowner");
        TestUser member = fixtures.user("gsmember");
        TestUser outsider = fixtures.user("gsoutsider");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Streamcrew", "closed");
        String id = group.get("id").asString();
        groups.admit(owner, member, "groups", id);

        try (LiveSse memberSse = LiveSse.open(port, "/api/v1/streaming/group?group=" + id, member.token());
                LiveSse outsiderSse = LiveSse.open(port, "/api/v1/streaming/group?group=" + id, outsider.token());
                LiveSocket memberSocket = LiveSocket.withHeader(port, member.token(), "")) {
            assertThat(memberSse.status()).isEqualTo(200);
            assertThat(outsiderSse.status())
                    .as("a closed group is visible, so its stream opens, but carries only what the viewer may read")
                    .isEqualTo(200);
            memberSocket.send("{\"type\":\"subscribe\",\"stream\":\"group\",\"group\":\"" + id + "\"}");
            Thread.sleep(300);

            long post = postInto(member, group, "stand-up at nine");

            LiveSse.Event event = memberSse.await(
                    e -> e.event().equals("update")
                            && JSON.readTree(e.data()).get("id").asString().equals(Long.toString(post)),
                    10);
            assertThat(event)
                    .as("the member's SSE group stream carries the post")
                    .isNotNull();
            JsonNode message = memberSocket.await(LiveSocket.statusEvent("update", "group", post), 10);
            assertThat(message)
                    .as("the member's WebSocket group stream carries the post")
                    .isNotNull();
            assertThat(message.get("stream").get(1).asString()).isEqualTo(id);
            Thread.sleep(1000);
            assertThat(outsiderSse.drain())
                    .as("an outsider's stream carries nothing of a closed group")
                    .noneMatch(e -> e.event().equals("update"));
        }
    }

    @Test
    void aSecretGroupCannotBeStreamedByOutsidersAndTheGroupIsRequired() throws Exception {
        TestUser owner = fixtures.user("gssecretowner");
        TestUser outsider = fixtures.user("gssecretout");
        JsonNode group = new GroupFixtures(this).group(owner, "Hushcrew", "secret");
        String id = group.get("id").asString();

        var refused = client(outsider.token()).get("/api/v1/streaming/group?group=" + id);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asString()).isEqualTo("Not authorized to stream this group");
        var unknown = client(outsider.token()).get("/api/v1/streaming/group?group=999999999");
        assertThat(unknown.json().get("error").asString())
                .as("an unknown group answers as a hidden one")
                .isEqualTo("Not authorized to stream this group");
        var missing = client(outsider.token()).get("/api/v1/streaming/group");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asString()).isEqualTo("No group for stream provided");

        try (LiveSocket socket = LiveSocket.withHeader(port, outsider.token(), "")) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"group\",\"group\":\"" + id + "\"}");
            JsonNode error = socket.await(m -> m.has("error"), 5);
            assertThat(error)
                    .as("the WebSocket answers the subscription with an error")
                    .isNotNull();
            assertThat(error.get("error").asString()).isEqualTo("Not authorized to stream this group");
        }
        try (LiveSse owners = LiveSse.open(port, "/api/v1/streaming/group?group=" + id, owner.token())) {
            assertThat(owners.status()).isEqualTo(200);
        }
    }
}
