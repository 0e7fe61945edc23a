package org.junto.directmessages;

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

class ConversationsApiTest extends ApiTest {
    @Autowired
    ApplicationContext context;

    private JsonNode conversations(TestUser user) {
        fixtures.drainJobs();
        var r = client(user.token()).get("/api/v1/conversations");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private static List<String> accountIds(JsonNode conversation) {
        List<String> out = new ArrayList<>();
        conversation.get("accounts").forEach(a -> out.add(a.get("id").asString()));
        return out;
    }

    @Test
    void directMessageBetweenThree() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var carol = fixtures.user("carol");
        var eve = fixtures.user("eve");
        var s = new StatusFixtures(context);
        var dm = s.post(alice, "@" + bob.username() + " @" + carol.username() + " our secret", Visibility.DIRECT);

        JsonNode mine = conversations(alice);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("unread").asBoolean()).isFalse();
        assertThat(accountIds(mine.get(0))).containsExactlyInAnyOrder(bob.idString(), carol.idString());
        assertThat(mine.get(0).get("last_status").get("id").asString()).isEqualTo(Long.toString(dm.id()));

        JsonNode bobs = conversations(bob);
        assertThat(bobs).hasSize(1);
        assertThat(bobs.get(0).get("unread").asBoolean()).isTrue();
        assertThat(accountIds(bobs.get(0))).containsExactlyInAnyOrder(alice.idString(), carol.idString());
        JsonNode carols = conversations(carol);
        assertThat(accountIds(carols.get(0))).containsExactlyInAnyOrder(alice.idString(), bob.idString());

        assertThat(conversations(eve)).isEmpty();

        // a reply moves the conversation on and marks it unread for the others, read for the writer
        var reply = s.reply(bob, dm, "@" + alice.username() + " @" + carol.username() + " agreed", Visibility.DIRECT);
        fixtures.drainJobs();
        JsonNode after = conversations(alice);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("id").asString())
                .isEqualTo(mine.get(0).get("id").asString());
        assertThat(after.get(0).get("unread").asBoolean()).isTrue();
        assertThat(after.get(0).get("last_status").get("id").asString()).isEqualTo(Long.toString(reply.id()));
        assertThat(conversations(bob).get(0).get("unread").asBoolean()).isFalse();

        // read and delete
        String bobsId = bobs.get(0).get("id").asString();
        var read = client(carol.token())
                .post("/api/v1/conversations/" + carols.get(0).get("id").asString() + "/read");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(accountIds(read.json())).hasSize(2);
        assertThat(client(eve.token())
                        .post("/api/v1/conversations/" + bobsId + "/read")
                        .status())
                .isEqualTo(404);
        assertThat(client(eve.token()).delete("/api/v1/conversations/" + bobsId).status())
                .isEqualTo(404);
        var deleted = client(bob.token()).delete("/api/v1/conversations/" + bobsId);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{}");
        assertThat(conversations(bob)).isEmpty();
        assertThat(conversations(alice)).hasSize(1);
        assertThat(client().get("/api/v1/conversations").status()).isEqualTo(401);
    }

    @Test
    void deletingTheLastMessageFallsBackOrRemoves() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var s = new StatusFixtures(context);
        var first = s.post(alice, "@" + bob.username() + " one", Visibility.DIRECT);
        var second = s.reply(alice, first, "@" + bob.username() + " two", Visibility.DIRECT);
        fixtures.drainJobs();
        var deleting = context.getBean(org.junto.statuses.DeleteStatusService.class);
        deleting.delete(alice.id(), second.id());
        assertThat(conversations(bob).get(0).get("last_status").get("id").asString())
                .isEqualTo(Long.toString(first.id()));
        deleting.delete(alice.id(), first.id());
        assertThat(conversations(bob)).isEmpty();
    }

    @Test
    void pagedByLastStatusWithLinks() {
        var alice = fixtures.user("alice");
        var s = new StatusFixtures(context);
        List<String> lastStatusIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var friend = fixtures.user("friend");
            lastStatusIds.add(
                    0,
                    Long.toString(s.post(alice, "@" + friend.username() + " hi " + i, Visibility.DIRECT)
                            .id()));
        }
        fixtures.drainJobs();
        var first = client(alice.token()).get("/api/v1/conversations?limit=2");
        assertThat(first.json()).hasSize(2);
        assertThat(first.json().get(0).get("last_status").get("id").asString()).isEqualTo(lastStatusIds.get(0));
        Map<String, String> links = Links.parse(first.header("Link"));
        assertThat(links.get("next")).contains("max_id=" + lastStatusIds.get(1));
        assertThat(links.get("prev")).contains("min_id=" + lastStatusIds.get(0));
        var second = client(alice.token()).get(links.get("next"));
        assertThat(second.json()).hasSize(1);
        assertThat(second.json().get(0).get("last_status").get("id").asString()).isEqualTo(lastStatusIds.get(2));
    }
}
