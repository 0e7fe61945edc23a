package org.junto.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.core.Visibility;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.StatusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

class FollowApiTest extends ApiTest {
    @Autowired
    ApplicationContext context;

    private StatusFixtures statuses() {
        return new StatusFixtures(context);
    }

    private JsonNode relationship(TestUser viewer, TestUser other) {
        var r = client(viewer.token()).get("/api/v1/accounts/relationships?id%5B%5D=" + other.id());
        assertThat(r.status()).isEqualTo(200);
        return r.json().get(0);
    }

    @Test
    void followAndUnfollow() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");

        var followed = client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/follow");
        assertThat(followed.status()).isEqualTo(200);
        JsonNode r = followed.json();
        assertThat(r.get("id").asString()).isEqualTo(bob.idString());
        assertThat(r.get("following").asBoolean()).isTrue();
        assertThat(r.get("showing_reblogs").asBoolean()).isTrue();
        assertThat(r.get("notifying").asBoolean()).isFalse();
        assertThat(r.get("requested").asBoolean()).isFalse();
        assertThat(r.get("followed_by").asBoolean()).isFalse();
        assertThat(r.has("languages")).isTrue();
        assertThat(r.get("languages").isNull()).isTrue();
        assertThat(r.get("domain_blocking").asBoolean()).isFalse();
        assertThat(r.get("endorsed").asBoolean()).isFalse();
        assertThat(r.get("note").asString()).isEmpty();

        JsonNode back = relationship(bob, alice);
        assertThat(back.get("followed_by").asBoolean()).isTrue();
        assertThat(back.get("following").asBoolean()).isFalse();

        var followers = client().get("/api/v1/accounts/" + bob.id() + "/followers");
        assertThat(followers.status()).isEqualTo(200);
        assertThat(followers.json().get(0).get("id").asString()).isEqualTo(alice.idString());
        var following = client(bob.token()).get("/api/v1/accounts/" + alice.id() + "/following");
        assertThat(following.json().get(0).get("id").asString()).isEqualTo(bob.idString());
        assertThat(following.json().get(0).get("followers_count").asLong()).isEqualTo(1);

        // following twice is fine and changes nothing
        assertThat(client(alice.token())
                        .post("/api/v1/accounts/" + bob.id() + "/follow")
                        .json()
                        .get("following")
                        .asBoolean())
                .isTrue();

        var unfollowed = client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unfollow");
        assertThat(unfollowed.status()).isEqualTo(200);
        assertThat(unfollowed.json().get("following").asBoolean()).isFalse();
        assertThat(client().get("/api/v1/accounts/" + bob.id() + "/followers").json())
                .isEmpty();
    }

    @Test
    void followOptionsFromFormAndJson() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var r = client(alice.token())
                .postForm(
                        "/api/v1/accounts/" + bob.id() + "/follow",
                        Map.of("reblogs", "false", "notify", "true", "languages[]", "en"))
                .json();
        assertThat(r.get("showing_reblogs").asBoolean()).isFalse();
        assertThat(r.get("notifying").asBoolean()).isTrue();
        assertThat(r.get("languages").get(0).asString()).isEqualTo("en");

        // following again changes only the options given
        var again = client(alice.token())
                .postJson("/api/v1/accounts/" + bob.id() + "/follow", Map.of("notify", false))
                .json();
        assertThat(again.get("notifying").asBoolean()).isFalse();
        assertThat(again.get("showing_reblogs").asBoolean()).isFalse();
        assertThat(again.get("languages").get(0).asString()).isEqualTo("en");
    }

    @Test
    void lockedAccountGetsARequestThatCanBeAccepted() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        statuses().lock(bob);

        var r = client(alice.token())
                .post("/api/v1/accounts/" + bob.id() + "/follow")
                .json();
        assertThat(r.get("following").asBoolean()).isFalse();
        assertThat(r.get("requested").asBoolean()).isTrue();
        assertThat(relationship(bob, alice).get("requested_by").asBoolean()).isTrue();

        var pending = client(bob.token()).get("/api/v1/follow_requests");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.json()).hasSize(1);
        assertThat(pending.json().get(0).get("id").asString()).isEqualTo(alice.idString());

        var accepted = client(bob.token()).post("/api/v1/follow_requests/" + alice.id() + "/authorize");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("followed_by").asBoolean()).isTrue();
        assertThat(accepted.json().get("requested_by").asBoolean()).isFalse();
        assertThat(relationship(alice, bob).get("following").asBoolean()).isTrue();
        assertThat(relationship(alice, bob).get("requested").asBoolean()).isFalse();
        assertThat(client(bob.token()).get("/api/v1/follow_requests").json()).isEmpty();
        assertThat(client(bob.token())
                        .post("/api/v1/follow_requests/" + alice.id() + "/authorize")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rejectedRequestLeavesNoFollow() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        statuses().lock(bob);
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/follow");

        var rejected = client(bob.token()).post("/api/v1/follow_requests/" + alice.id() + "/reject");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("followed_by").asBoolean()).isFalse();
        assertThat(rejected.json().get("requested_by").asBoolean()).isFalse();
        JsonNode mine = relationship(alice, bob);
        assertThat(mine.get("following").asBoolean()).isFalse();
        assertThat(mine.get("requested").asBoolean()).isFalse();
        assertThat(client(bob.token())
                        .post("/api/v1/follow_requests/" + alice.id() + "/reject")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void unfollowWithdrawsAPendingRequest() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        statuses().lock(bob);
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/follow");

        var r = client(alice.token())
                .post("/api/v1/accounts/" + bob.id() + "/unfollow")
                .json();
        assertThat(r.get("requested").asBoolean()).isFalse();
        assertThat(client(bob.token()).get("/api/v1/follow_requests").json()).isEmpty();
    }

    @Test
    void selfUnknownAndAnonymous() {
        var alice = fixtures.user("alice");
        var self = client(alice.token()).post("/api/v1/accounts/" + alice.id() + "/follow");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("error").asString()).isEqualTo("This action is not allowed");
        assertThat(client(alice.token()).post("/api/v1/accounts/999999/follow").status())
                .isEqualTo(404);
        assertThat(client(alice.token()).post("/api/v1/accounts/nope/block").status())
                .isEqualTo(404);
        assertThat(client().get("/api/v1/accounts/999999/followers").status()).isEqualTo(404);
        assertThat(client().post("/api/v1/accounts/" + alice.id() + "/follow").status())
                .isEqualTo(401);
        String readOnly = fixtures.tokenFor(alice, "read");
        var bob = fixtures.user("bob");
        assertThat(client(readOnly)
                        .post("/api/v1/accounts/" + bob.id() + "/follow")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void relationshipsForSeveralAccounts() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        client(alice.token()).post("/api/v1/accounts/" + carol.id() + "/follow");
        client(bob.token()).post("/api/v1/accounts/" + alice.id() + "/follow");

        var r = client(alice.token())
                .get("/api/v1/accounts/relationships?id%5B%5D=" + carol.id() + "&id%5B%5D=999999&id%5B%5D=" + bob.id());
        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asString()).isEqualTo(carol.idString());
        assertThat(list.get(0).get("following").asBoolean()).isTrue();
        assertThat(list.get(1).get("id").asString()).isEqualTo(bob.idString());
        assertThat(list.get(1).get("followed_by").asBoolean()).isTrue();
        assertThat(list.get(1).get("following").asBoolean()).isFalse();

        var single = client(alice.token()).get("/api/v1/accounts/relationships?id=" + bob.id());
        assertThat(single.json()).hasSize(1);
        assertThat(client().get("/api/v1/accounts/relationships?id%5B%5D=" + bob.id())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void blockRemovesFollowsBothWaysAndHidesContent() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var s = statuses();
        var bobsPost = s.post(bob, "hello from bob", Visibility.PRIVATE);
        var alicesPost = s.post(alice, "hello from alice", Visibility.PUBLIC);
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/follow");
        client(bob.token()).post("/api/v1/accounts/" + alice.id() + "/follow");
        fixtures.drainJobs();
        assertThat(s.homeFeed(bob)).contains(alicesPost.id());
        assertThat(s.homeFeed(alice)).contains(bobsPost.id());

        var blocked = client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/block");
        assertThat(blocked.status()).isEqualTo(200);
        JsonNode r = blocked.json();
        assertThat(r.get("blocking").asBoolean()).isTrue();
        assertThat(r.get("following").asBoolean()).isFalse();
        assertThat(r.get("followed_by").asBoolean()).isFalse();
        JsonNode theirs = relationship(bob, alice);
        assertThat(theirs.get("blocked_by").asBoolean()).isTrue();
        assertThat(theirs.get("following").asBoolean()).isFalse();

        fixtures.drainJobs();
        assertThat(s.homeFeed(alice)).doesNotContain(bobsPost.id());
        assertThat(s.homeFeed(bob)).doesNotContain(alicesPost.id());
        // the blocker's network is hidden from the blocked; neither can follow the other
        assertThat(client(bob.token())
                        .get("/api/v1/accounts/" + alice.id() + "/following")
                        .json())
                .isEmpty();
        assertThat(client(bob.token())
                        .post("/api/v1/accounts/" + alice.id() + "/follow")
                        .status())
                .isEqualTo(403);
        assertThat(client(alice.token())
                        .post("/api/v1/accounts/" + bob.id() + "/follow")
                        .status())
                .isEqualTo(403);

        var blocks = client(alice.token()).get("/api/v1/blocks");
        assertThat(blocks.json().get(0).get("id").asString()).isEqualTo(bob.idString());

        var unblocked = client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unblock");
        assertThat(unblocked.json().get("blocking").asBoolean()).isFalse();
        assertThat(client(alice.token()).get("/api/v1/blocks").json()).isEmpty();
    }

    @Test
    void blockRemovesPendingRequests() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        statuses().lock(alice);
        client(bob.token()).post("/api/v1/accounts/" + alice.id() + "/follow");
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/block");
        assertThat(client(alice.token()).get("/api/v1/follow_requests").json()).isEmpty();
        assertThat(relationship(bob, alice).get("requested").asBoolean()).isFalse();
    }

    @Test
    void muteWithOptionsAndExpiry() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");

        var r = client(alice.token())
                .post("/api/v1/accounts/" + bob.id() + "/mute")
                .json();
        assertThat(r.get("muting").asBoolean()).isTrue();
        assertThat(r.get("muting_notifications").asBoolean()).isTrue();
        assertThat(r.get("muting_expires_at").isNull()).isTrue();

        var again = client(alice.token())
                .postForm("/api/v1/accounts/" + bob.id() + "/mute", Map.of("notifications", "false"))
                .json();
        assertThat(again.get("muting_notifications").asBoolean()).isFalse();

        var timed = client(alice.token())
                .postJson("/api/v1/accounts/" + carol.id() + "/mute", Map.of("duration", 3600))
                .json();
        assertThat(timed.get("muting_expires_at").asString()).endsWith("Z");

        var mutes = client(alice.token()).get("/api/v1/mutes").json();
        assertThat(mutes).hasSize(2);
        assertThat(mutes.get(0).get("id").asString()).isEqualTo(carol.idString());
        assertThat(mutes.get(0).get("mute_expires_at").asString()).endsWith("Z");
        assertThat(mutes.get(0).get("username").asString()).isEqualTo(carol.username());
        assertThat(mutes.get(1).get("mute_expires_at").isNull()).isTrue();

        // an expired mute no longer applies anywhere
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("UPDATE mutes SET expires_at = ? WHERE account_id = ? AND target_account_id = ?")
                .params(System.currentTimeMillis() - 1000, alice.id(), carol.id())
                .update();
        assertThat(relationship(alice, carol).get("muting").asBoolean()).isFalse();
        assertThat(client(alice.token()).get("/api/v1/mutes").json()).hasSize(1);

        var unmuted = client(alice.token())
                .post("/api/v1/accounts/" + bob.id() + "/unmute")
                .json();
        assertThat(unmuted.get("muting").asBoolean()).isFalse();
        assertThat(client(alice.token()).get("/api/v1/mutes").json()).isEmpty();
    }

    @Test
    void followMergesRecentPostsIntoHomeFeedAndUnfollowTakesThemOut() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        var s = statuses();
        var open = s.post(bob, "public post");
        var followersOnly = s.post(bob, "followers only", Visibility.PRIVATE);
        var direct = s.post(bob, "a secret for @" + carol.username(), Visibility.DIRECT);
        var carols = s.post(carol, "carol's post");
        var boost = s.reblog(bob, carols);
        fixtures.drainJobs();

        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/follow");
        fixtures.drainJobs();
        assertThat(s.homeFeed(alice)).contains(open.id(), followersOnly.id(), boost.id());
        assertThat(s.homeFeed(alice)).doesNotContain(direct.id(), carols.id());

        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unfollow");
        fixtures.drainJobs();
        assertThat(s.homeFeed(alice)).doesNotContain(open.id(), followersOnly.id(), boost.id());

        // without boosts when asked
        var dave = fixtures.user("dave");
        client(dave.token()).postForm("/api/v1/accounts/" + bob.id() + "/follow", Map.of("reblogs", "false"));
        fixtures.drainJobs();
        assertThat(s.homeFeed(dave)).contains(open.id()).doesNotContain(boost.id());
    }

    @Test
    void followersArePagedNewestFirstWithLinks() {
        var bob = fixtures.user("bob");
        List<TestUser> followers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var f = fixtures.user("fan");
            client(f.token()).post("/api/v1/accounts/" + bob.id() + "/follow");
            followers.add(f);
        }
        Client anonymous = client();
        var first = anonymous.get("/api/v1/accounts/" + bob.id() + "/followers?limit=2");
        assertThat(ids(first.json()))
                .containsExactly(followers.get(4).idString(), followers.get(3).idString());
        Map<String, String> links = org.junto.testing.Links.parse(first.header("Link"));
        assertThat(links.get("next")).contains("max_id=").contains("limit=2");
        assertThat(links.get("prev")).contains("since_id=");
        assertThat(first.header("Link")).startsWith("<https://junto.test/api/v1/accounts/");

        var second = anonymous.get(links.get("next"));
        assertThat(ids(second.json()))
                .containsExactly(followers.get(2).idString(), followers.get(1).idString());
        var third = anonymous.get(
                org.junto.testing.Links.parse(second.header("Link")).get("next"));
        assertThat(ids(third.json())).containsExactly(followers.get(0).idString());
        assertThat(org.junto.testing.Links.parse(third.header("Link"))).doesNotContainKey("next");

        // newer than the second page: prev link
        var back = anonymous.get(
                org.junto.testing.Links.parse(second.header("Link")).get("prev"));
        assertThat(ids(back.json()))
                .containsExactly(followers.get(4).idString(), followers.get(3).idString());

        // min_id gives the page just above the cursor, still newest first
        String cursor = links.get("next").replaceAll(".*max_id=(\\d+).*", "$1");
        var above = anonymous.get("/api/v1/accounts/" + bob.id() + "/followers?limit=1&min_id=" + cursor);
        assertThat(ids(above.json())).containsExactly(followers.get(4).idString());
        var empty = anonymous.get("/api/v1/accounts/" + bob.id() + "/followers?since_id=" + Long.MAX_VALUE / 2);
        assertThat(empty.json()).isEmpty();
        assertThat(empty.header("Link")).isNull();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }
}
