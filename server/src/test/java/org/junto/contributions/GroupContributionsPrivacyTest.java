package org.junto.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What is done inside a closed group counts only for its members: offers and needs, contribution counts, calendar,
 * collaborators, the group's contributors and relationships, matching and its notices, on the API and the pages.
 */
class GroupContributionsPrivacyTest extends ApiTest {
    @Autowired
    RebuildRelationships rebuild;

    private JsonNode post(TestUser author, String text, String inReplyTo) {
        var form = inReplyTo == null ? Map.of("status", text) : Map.of("status", text, "in_reply_to_id", inReplyTo);
        var r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private long count(TestUser viewer, TestUser of, String type) {
        return client(viewer == null ? null : viewer.token())
                .get("/api/junto/v1/accounts/" + of.idString() + "/contributions")
                .json()
                .get("counts")
                .get(type)
                .asLong();
    }

    private List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).get("id").asString()));
        return out;
    }

    private List<String> collaborators(TestUser viewer, TestUser of) {
        return ids(
                client(viewer == null ? null : viewer.token())
                        .get("/api/junto/v1/accounts/" + of.idString() + "/collaborators")
                        .json(),
                "account");
    }

    @Test
    void contributionsInsideAClosedGroupAreSeenByItsMembersOnly() {
        TestUser ana = fixtures.user("ana");
        TestUser bob = fixtures.user("bob");
        TestUser zed = fixtures.user("zed");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(ana, "Workshop", "closed");
        String groupId = group.get("id").asString();
        String handle = group.get("handle").asString();
        groups.admit(ana, bob, "groups", groupId);
        String topic = "tools" + ana.id();

        JsonNode offer = post(zed, "#offer my toolbox #" + topic, null);
        fixtures.drainJobs();
        JsonNode need = post(ana, "@" + handle + " #need a saw for the workshop #" + topic, null);
        post(bob, "@" + ana.username() + " I have one at home", need.get("id").asString());
        client(bob.token()).post("/api/v1/statuses/" + need.get("id").asString() + "/favourite");
        JsonNode open = post(bob, "A public hello", null);
        post(zed, "@" + bob.username() + " hello!", open.get("id").asString());
        fixtures.drainJobs();

        // The need lives in the group: members see it, outsiders and visitors do not.
        JsonNode forBob = client(bob.token())
                .get("/api/junto/v1/offers_needs?group_id=" + groupId)
                .json();
        assertThat(forBob.size()).isOne();
        String needId = forBob.get(0).get("id").asString();
        assertThat(forBob.get(0).get("group_id").asString()).isEqualTo(groupId);
        assertThat(client(zed.token())
                        .get("/api/junto/v1/offers_needs?group_id=" + groupId)
                        .json()
                        .size())
                .isZero();
        assertThat(client(zed.token())
                        .get("/api/junto/v1/offers_needs/" + needId)
                        .status())
                .isEqualTo(404);
        assertThat(client().get("/api/junto/v1/offers_needs/" + needId + "/matches")
                        .status())
                .isEqualTo(404);
        assertThat(new Browser(port).get("/offers_needs/" + needId).status()).isEqualTo(404);
        assertThat(new Browser(port).get("/groups/" + handle + "/offers_needs").body())
                .doesNotContain("a saw for the workshop")
                .contains("No open offers or needs yet.");
        assertThat(Browser.signedIn(port, bob)
                        .get("/groups/" + handle + "/offers_needs")
                        .body())
                .contains("a saw for the workshop");

        // Matching: zed's public offer fits ana's need, but zed may not see it; neither is told about the pair.
        JsonNode zedsMatches = client(zed.token())
                .get("/api/junto/v1/offers_needs/"
                        + client(zed.token())
                                .get("/api/junto/v1/offers_needs?topic=" + topic)
                                .json()
                                .get(0)
                                .get("id")
                                .asString()
                        + "/matches")
                .json();
        assertThat(zedsMatches.get("items").size()).isZero();
        assertThat(client(ana.token())
                        .get("/api/junto/v1/offers_needs/" + needId + "/matches")
                        .json()
                        .get("items")
                        .get(0)
                        .get("offer_need")
                        .get("status_id")
                        .asString())
                .isEqualTo(offer.get("id").asString());
        assertThat(client(zed.token())
                        .get("/api/v1/notifications?types%5B%5D=mention")
                        .json()
                        .toString())
                .doesNotContain("strong match");

        // Counts and calendar: bob's reply and favourite inside the group count for members only.
        assertThat(count(ana, bob, "reply")).isOne();
        assertThat(count(ana, bob, "favourite")).isOne();
        assertThat(count(zed, bob, "reply")).isZero();
        assertThat(count(null, bob, "favourite")).isZero();
        assertThat(count(zed, bob, "post")).isOne();
        JsonNode calendarForZed = client(zed.token())
                .get("/api/junto/v1/accounts/" + bob.idString() + "/contributions/calendar?days=1")
                .json();
        JsonNode calendarForAna = client(ana.token())
                .get("/api/junto/v1/accounts/" + bob.idString() + "/contributions/calendar?days=1")
                .json();
        assertThat(calendarForZed.get(0).get("count").asLong()).isOne();
        assertThat(calendarForAna.get(0).get("count").asLong()).isEqualTo(3);

        // Collaborators: ana and bob worked together inside the group, zed and bob in public.
        assertThat(collaborators(ana, bob)).containsExactlyInAnyOrder(ana.idString(), zed.idString());
        assertThat(collaborators(zed, bob)).containsExactly(zed.idString());
        assertThat(collaborators(null, bob)).containsExactly(zed.idString());

        // The group's own figures.
        String base = "/api/junto/v1/groups/" + groupId;
        assertThat(ids(client(bob.token()).get(base + "/contributors").json(), "account"))
                .containsExactlyInAnyOrder(ana.idString(), bob.idString());
        JsonNode pairs = client(bob.token()).get(base + "/relationships").json();
        assertThat(pairs.size()).isOne();
        assertThat(List.of(
                        pairs.get(0).get("account").get("id").asString(),
                        pairs.get(0).get("other").get("id").asString()))
                .containsExactlyInAnyOrder(ana.idString(), bob.idString());
        assertThat(client(zed.token()).get(base + "/contributors").json().size())
                .isZero();
        assertThat(client().get(base + "/relationships").json().size()).isZero();

        // The pages say the same.
        assertThat(new Browser(port).get("/groups/" + handle + "/contributors").body())
                .contains("visible to its members only")
                .doesNotContain("<svg");
        String memberPage = Browser.signedIn(port, bob)
                .get("/groups/" + handle + "/contributors")
                .body();
        assertThat(memberPage).contains("<svg").contains("Who works with whom").contains(ana.username());
        assertThat(Browser.signedIn(port, zed)
                        .get("/@" + bob.username() + "/contributions")
                        .body())
                .doesNotContain("/@" + ana.username() + "\"");
        assertThat(Browser.signedIn(port, ana)
                        .get("/@" + bob.username() + "/contributions")
                        .body())
                .contains("/@" + ana.username() + "\"");

        // The rebuild keeps each contribution in its group.
        rebuild.rebuild();
        assertThat(collaborators(ana, bob)).containsExactlyInAnyOrder(ana.idString(), zed.idString());
        assertThat(collaborators(zed, bob)).containsExactly(zed.idString());
        assertThat(client(bob.token()).get(base + "/relationships").json().size())
                .isOne();
    }
}
