package org.junto.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.core.Visibility;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.Links;
import org.junto.testing.StatusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

class NotificationsApiTest extends ApiTest {
    @Autowired
    ApplicationContext context;

    private StatusFixtures statuses() {
        return new StatusFixtures(context);
    }

    private JsonNode notifications(TestUser user, String query) {
        fixtures.drainJobs();
        var r = client(user.token()).get("/api/v1/notifications" + query);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private JsonNode notifications(TestUser user) {
        return notifications(user, "");
    }

    private static List<String> types(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("type").asString()));
        return out;
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }

    private void follow(TestUser who, TestUser whom) {
        assertThat(client(who.token())
                        .post("/api/v1/accounts/" + whom.id() + "/follow")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void followNotifiesTheFollowedOnly() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        follow(alice, bob);

        JsonNode list = notifications(bob);
        assertThat(list).hasSize(1);
        JsonNode n = list.get(0);
        assertThat(n.get("type").asString()).isEqualTo("follow");
        assertThat(n.get("account").get("id").asString()).isEqualTo(alice.idString());
        assertThat(n.get("group_key").asString())
                .isEqualTo("ungrouped-" + n.get("id").asString());
        assertThat(n.get("created_at").asString()).endsWith("Z");
        assertThat(n.has("status")).isFalse();
        assertThat(notifications(alice)).isEmpty();

        // a retried job makes no second notification
        fixtures.drainJobs();
        assertThat(notifications(bob)).hasSize(1);

        // unfollowing takes the notification away, as Mastodon does
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unfollow");
        assertThat(notifications(bob)).isEmpty();
    }

    @Test
    void followRequestNotifiesUntilAnswered() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        statuses().lock(bob);
        follow(alice, bob);
        assertThat(types(notifications(bob))).containsExactly("follow_request");

        client(bob.token()).post("/api/v1/follow_requests/" + alice.id() + "/authorize");
        // accepting makes the follow without a second notification, and the request is answered
        assertThat(notifications(bob)).isEmpty();
        assertThat(notifications(alice)).isEmpty();
    }

    @Test
    void mentionNotifiesTheMentionedNeverTheAuthor() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var status = statuses().post(bob, "hi @" + alice.username() + " and @" + bob.username());

        JsonNode list = notifications(alice);
        assertThat(types(list)).containsExactly("mention");
        assertThat(list.get(0).get("account").get("id").asString()).isEqualTo(bob.idString());
        assertThat(list.get(0).get("status").get("id").asString()).isEqualTo(Long.toString(status.id()));
        assertThat(notifications(bob)).isEmpty();
    }

    @Test
    void privateMentionOfANonFollowerNotifiesButABlockSuppressesIt() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        var s = statuses();
        s.post(bob, "psst @" + alice.username(), Visibility.PRIVATE);
        JsonNode list = notifications(alice);
        assertThat(types(list)).containsExactly("mention");
        assertThat(list.get(0).get("status").get("visibility").asString()).isEqualTo("private");

        client(carol.token()).post("/api/v1/accounts/" + bob.id() + "/block");
        s.post(bob, "psst @" + carol.username(), Visibility.PRIVATE);
        s.post(bob, "hey @" + carol.username(), Visibility.PUBLIC);
        assertThat(notifications(carol)).isEmpty();

        // and a block after the fact hides what was there
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/block");
        assertThat(notifications(alice)).isEmpty();
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unblock");
        assertThat(notifications(alice)).isEmpty(); // deleted on block, as in Mastodon
    }

    @Test
    void favouriteReblogUpdateAndStatusNotifications() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        var s = statuses();
        var post = s.post(alice, "something worth sharing");

        s.favourite(bob, post);
        s.reblog(bob, post);
        s.favourite(alice, post); // own: no notification
        JsonNode list = notifications(alice);
        assertThat(types(list)).containsExactlyInAnyOrder("reblog", "favourite");
        list.forEach(n -> {
            assertThat(n.get("status").get("id").asString()).isEqualTo(Long.toString(post.id()));
            assertThat(n.get("account").get("id").asString()).isEqualTo(bob.idString());
        });

        s.edit(alice, post, "something worth sharing, edited");
        assertThat(types(notifications(bob))).containsExactly("update");
        assertThat(notifications(bob).get(0).get("status").get("id").asString()).isEqualTo(Long.toString(post.id()));
        assertThat(types(notifications(alice))).doesNotContain("update");

        client(carol.token()).postForm("/api/v1/accounts/" + alice.id() + "/follow", Map.of("notify", "true"));
        var fresh = s.post(alice, "new post for subscribers");
        var replyToOther = s.reply(alice, s.post(bob, "bob asks"), "alice answers", Visibility.PUBLIC);
        JsonNode carols = notifications(carol);
        assertThat(types(carols)).containsExactly("status");
        assertThat(carols.get(0).get("status").get("id").asString()).isEqualTo(Long.toString(fresh.id()));
        assertThat(replyToOther.id()).isPositive();

        // withdrawing a favourite takes its notification away
        s.unfavourite(bob, post);
        assertThat(types(notifications(alice))).doesNotContain("favourite");
    }

    @Test
    void typeAndAccountFilters() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        follow(bob, alice);
        statuses().post(bob, "hello @" + alice.username());
        follow(carol, alice);

        assertThat(types(notifications(alice))).containsExactlyInAnyOrder("follow", "mention", "follow");
        assertThat(types(notifications(alice, "?types%5B%5D=mention"))).containsExactly("mention");
        assertThat(types(notifications(alice, "?types%5B%5D=mention&types%5B%5D=follow")))
                .hasSize(3);
        assertThat(types(notifications(alice, "?exclude_types%5B%5D=follow"))).containsExactly("mention");
        JsonNode fromCarol = notifications(alice, "?account_id=" + carol.id());
        assertThat(fromCarol).hasSize(1);
        assertThat(fromCarol.get(0).get("account").get("id").asString()).isEqualTo(carol.idString());
        assertThat(notifications(alice, "?types=mention")).hasSize(1);
    }

    @Test
    void pagesWithLinks() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var s = statuses();
        for (int i = 0; i < 5; i++) {
            s.post(bob, "ping " + i + " @" + alice.username());
        }
        List<String> all = ids(notifications(alice));
        assertThat(all).hasSize(5);

        fixtures.drainJobs();
        var first = client(alice.token()).get("/api/v1/notifications?limit=2&types%5B%5D=mention");
        assertThat(ids(first.json())).containsExactly(all.get(0), all.get(1));
        Map<String, String> links = Links.parse(first.header("Link"));
        assertThat(links.get("next"))
                .contains("max_id=" + all.get(1))
                .contains("limit=2")
                .contains("types");
        assertThat(links.get("prev")).contains("min_id=" + all.get(0));

        var second = client(alice.token()).get(links.get("next"));
        assertThat(ids(second.json())).containsExactly(all.get(2), all.get(3));
        var last = client(alice.token()).get(Links.parse(second.header("Link")).get("next"));
        assertThat(ids(last.json())).containsExactly(all.get(4));
        assertThat(Links.parse(last.header("Link"))).doesNotContainKey("next").containsKey("prev");

        assertThat(ids(notifications(alice, "?max_id=" + all.get(2)))).containsExactly(all.get(3), all.get(4));
        assertThat(ids(notifications(alice, "?since_id=" + all.get(3) + "&limit=2")))
                .containsExactly(all.get(0), all.get(1));
        assertThat(ids(notifications(alice, "?min_id=" + all.get(3) + "&limit=2")))
                .containsExactly(all.get(1), all.get(2));
        assertThat(ids(notifications(alice, "?since_id=" + all.get(4) + "&max_id=" + all.get(1))))
                .containsExactly(all.get(2), all.get(3));
        assertThat(notifications(alice, "?limit=500")).hasSize(5);
    }

    @Test
    void muteHidesNotificationsUnlessOnlyStatusesAreMuted() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        var s = statuses();
        s.post(bob, "before the mute @" + alice.username());
        assertThat(notifications(alice)).hasSize(1);

        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/mute");
        s.post(bob, "during the mute @" + alice.username());
        assertThat(notifications(alice)).isEmpty();
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unmute");
        assertThat(notifications(alice)).hasSize(1); // the one made during the mute never was

        client(alice.token()).postForm("/api/v1/accounts/" + carol.id() + "/mute", Map.of("notifications", "false"));
        s.post(carol, "statuses muted only @" + alice.username());
        assertThat(types(notifications(alice, "?account_id=" + carol.id()))).containsExactly("mention");
    }

    @Test
    void unfollowedPrivateStatusNoLongerNotifies() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var s = statuses();
        client(alice.token()).postForm("/api/v1/accounts/" + bob.id() + "/follow", Map.of("notify", "true"));
        s.post(bob, "followers only", Visibility.PRIVATE);
        assertThat(types(notifications(alice))).containsExactly("status");
        client(alice.token()).post("/api/v1/accounts/" + bob.id() + "/unfollow");
        assertThat(notifications(alice)).isEmpty();
    }

    @Test
    void getDismissClearAndUnreadCount() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        follow(bob, alice);
        follow(carol, alice);
        fixtures.drainJobs(); // the two follow notifications exist before the mention is made
        statuses().post(bob, "hi @" + alice.username());
        List<String> all = ids(notifications(alice));
        assertThat(all).hasSize(3);

        var one = client(alice.token()).get("/api/v1/notifications/" + all.get(0));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("type").asString()).isEqualTo("mention");
        assertThat(client(bob.token())
                        .get("/api/v1/notifications/" + all.get(0))
                        .status())
                .isEqualTo(404);

        var unread = client(alice.token()).get("/api/v1/notifications/unread_count");
        assertThat(unread.json().get("count").asLong()).isEqualTo(3);
        client(alice.token()).postForm("/api/v1/markers", Map.of("notifications[last_read_id]", all.get(1)));
        assertThat(client(alice.token())
                        .get("/api/v1/notifications/unread_count")
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(1);
        assertThat(client(alice.token())
                        .get("/api/v1/notifications/unread_count?types%5B%5D=follow")
                        .json()
                        .get("count")
                        .asLong())
                .isZero();

        assertThat(client(bob.token())
                        .post("/api/v1/notifications/" + all.get(0) + "/dismiss")
                        .status())
                .isEqualTo(404);
        var dismissed = client(alice.token()).post("/api/v1/notifications/" + all.get(0) + "/dismiss");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.body()).isEqualTo("{}");
        assertThat(ids(notifications(alice))).containsExactly(all.get(1), all.get(2));
        assertThat(client(alice.token())
                        .get("/api/v1/notifications/" + all.get(0))
                        .status())
                .isEqualTo(404);

        var cleared = client(alice.token()).post("/api/v1/notifications/clear");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(notifications(alice)).isEmpty();
        assertThat(client().get("/api/v1/notifications").status()).isEqualTo(401);
    }
}
