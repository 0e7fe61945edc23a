package org.junto.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junto.testing.GroupFixtures.ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.junto.testing.Links;
import tools.jackson.databind.JsonNode;

/**
 * Posting into a group the way a Mastodon client does (mentioning it), the group's announce (FEP-1b12), the group
 * timeline, and moderation.
 */
class GroupPostingTest extends ApiTest {

    @Test
    void aMembersMentionPostsIntoTheGroupWhichBoostsItToItsFollowers() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        TestUser reader = fixtures.user("reader");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Cyclists", "public");
        String id = group.get("id").asString();
        String handle = group.get("handle").asString();
        groups.join(member, "groups", id);
        client(reader.token()).post("/api/v1/accounts/" + id + "/follow");
        fixtures.drainJobs();

        String status = post(member, "@" + handle + " ride on Sunday?");
        fixtures.drainJobs();

        var boosts = client().get("/api/v1/accounts/" + id + "/statuses").json();
        assertThat(boosts.get(0).get("reblog").get("id").asString())
                .as("the group's account statuses are its announces")
                .isEqualTo(status);
        assertThat(boosts.get(0).get("account").get("group").asBoolean()).isTrue();
        var home = client(reader.token()).get("/api/v1/timelines/home").json();
        assertThat(home.get(0).get("reblog").get("id").asString()).isEqualTo(status);
        assertThat(home.get(0).get("account").get("id").asString()).isEqualTo(id);
        assertThat(ids(client().get("/api/junto/v1/groups/" + id + "/statuses").json()))
                .containsExactly(status);
        var notifications = client(member.token())
                .get("/api/v1/notifications?types[]=reblog")
                .json();
        assertThat(notifications.get(0).get("account").get("id").asString()).isEqualTo(id);
    }

    @Test
    void bangHandlesRepliesInGroupThreadsAndTheComposeEndpointPostToo() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Readers", "public");
        String id = group.get("id").asString();
        groups.join(member, "groups", id);

        String bang = post(member, "!" + group.get("handle").asString() + " reading list");
        String reply = client(owner.token())
                .postForm("/api/v1/statuses", Map.of("status", "Count me in", "in_reply_to_id", bang))
                .json()
                .get("id")
                .asString();
        var composed = client(member.token())
                .postJson("/api/junto/v1/groups/" + id + "/statuses", Map.of("status", "From the group page"));
        assertThat(composed.status()).as(composed.body()).isEqualTo(200);
        String direct = client(member.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of("status", "@" + group.get("handle").asString() + " psst", "visibility", "direct"))
                .json()
                .get("id")
                .asString();
        fixtures.drainJobs();

        List<String> timeline =
                ids(client().get("/api/junto/v1/groups/" + id + "/statuses").json());
        assertThat(timeline).containsExactly(composed.json().get("id").asString(), reply, bang);
        assertThat(timeline).doesNotContain(direct);
        assertThat(client(member.token())
                        .postJson(
                                "/api/junto/v1/groups/" + id + "/statuses",
                                Map.of("status", "x", "visibility", "direct"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aNonMembersMentionDoesNotPostIntoTheGroup() {
        TestUser owner = fixtures.user("owner");
        TestUser stranger = fixtures.user("stranger");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Members", "public");
        String id = group.get("id").asString();
        String status = post(stranger, "@" + group.get("handle").asString() + " let me in");
        fixtures.drainJobs();
        assertThat(client().get("/api/v1/accounts/" + id + "/statuses").json().size())
                .isZero();
        assertThat(ids(client().get("/api/junto/v1/groups/" + id + "/statuses").json()))
                .doesNotContain(status);
        assertThat(client(stranger.token())
                        .postJson("/api/junto/v1/groups/" + id + "/statuses", Map.of("status", "let me in"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void groupTimelinePagesTheMastodonWay() {
        TestUser owner = fixtures.user("owner");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Paged", "public");
        String id = group.get("id").asString();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.addFirst(post(owner, "@" + group.get("handle").asString() + " post " + i));
        }
        var first = client().get("/api/junto/v1/groups/" + id + "/statuses?limit=2");
        assertThat(ids(first.json())).containsExactly(posted.get(0), posted.get(1));
        var links = Links.parse(first.header("Link"));
        var second = client().get(links.get("next"));
        assertThat(ids(second.json())).containsExactly(posted.get(2), posted.get(3));
        var newer = client().get("/api/junto/v1/groups/" + id + "/statuses?min_id=" + posted.get(3) + "&limit=2");
        assertThat(ids(newer.json())).containsExactly(posted.get(1), posted.get(2));
    }

    @Test
    void moderatorsTakeAPostOutAndItsAuthorIsNotified() {
        TestUser owner = fixtures.user("owner");
        TestUser moderator = fixtures.user("moderator");
        TestUser author = fixtures.user("author");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Moderated", "public");
        String id = group.get("id").asString();
        groups.join(moderator, "groups", id);
        groups.join(author, "groups", id);
        client(owner.token())
                .putJson(
                        "/api/junto/v1/groups/" + id + "/members/" + moderator.idString(), Map.of("role", "moderator"));
        String kept = post(author, "@" + group.get("handle").asString() + " on topic");
        String offTopic = post(author, "@" + group.get("handle").asString() + " buy my stuff");
        fixtures.drainJobs();

        assertThat(client(author.token())
                        .delete("/api/junto/v1/groups/" + id + "/statuses/" + kept)
                        .status())
                .as("members do not moderate")
                .isEqualTo(403);
        var pin = client(moderator.token()).post("/api/junto/v1/groups/" + id + "/statuses/" + kept + "/pin");
        assertThat(pin.status()).isEqualTo(204);
        var removed = client(moderator.token()).delete("/api/junto/v1/groups/" + id + "/statuses/" + offTopic);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        fixtures.drainJobs();

        assertThat(ids(client().get("/api/junto/v1/groups/" + id + "/statuses").json()))
                .containsExactly(kept);
        assertThat(ids(client().get("/api/junto/v1/groups/" + id + "/statuses?pinned=true")
                        .json()))
                .containsExactly(kept);
        var announces = client().get("/api/v1/accounts/" + id + "/statuses").json();
        assertThat(announces.size()).as("the group withdrew its announce").isEqualTo(1);
        assertThat(client(author.token()).get("/api/v1/statuses/" + offTopic).status())
                .as("the post itself stays its author's")
                .isEqualTo(200);
        var told = client(author.token())
                .get("/api/v1/notifications?types[]=group_post_removed")
                .json();
        assertThat(told.size()).isEqualTo(1);
        assertThat(told.get(0).get("account").get("id").asString()).isEqualTo(id);
        assertThat(told.get(0).get("status").get("id").asString()).isEqualTo(offTopic);
        assertThat(client(author.token()).get("/api/v1/notifications").json().findValuesAsString("type"))
                .as("a stock Mastodon client, asking for no type, never meets Junto's own (decision 0021)")
                .doesNotContain("group_post_removed");
        assertThat(client(author.token())
                        .get("/api/v1/notifications?exclude_types[]=mention")
                        .json()
                        .findValuesAsString("type"))
                .doesNotContain("group_post_removed");
        assertThat(client(author.token())
                        .get("/api/v1/notifications/unread_count")
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(client(author.token())
                        .get("/api/v1/notifications")
                        .json()
                        .size());
        assertThat(org.junto.testing.Browser.signedIn(port, author)
                        .get("/notifications")
                        .body())
                .as("the web app shows it")
                .contains("took your post out of the group");
        assertThat(client(moderator.token())
                        .delete("/api/junto/v1/groups/" + id + "/statuses/" + offTopic)
                        .status())
                .as("already out")
                .isEqualTo(404);
    }

    private String post(TestUser author, String text) {
        var r = client(author.token()).postForm("/api/v1/statuses", Map.of("status", text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asString();
    }
}
