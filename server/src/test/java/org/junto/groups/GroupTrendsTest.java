package org.junto.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/** Groups rising now (Junto API) and the Discover page that shows them with hashtags and people. */
class GroupTrendsTest extends ApiTest {

    @Test
    void groupsRankByPeoplePostingThisWeekAndSecretOnesStayHidden() {
        var groups = new GroupFixtures(this);
        TestUser owner = fixtures.user("owner");
        TestUser ann = fixtures.user("ann");
        TestUser ben = fixtures.user("ben");
        JsonNode busy = groups.group(owner, "busy", "public");
        JsonNode quiet = groups.group(owner, "quiet", "public");
        JsonNode hidden = groups.group(owner, "hidden", "secret");
        for (TestUser member : List.of(ann, ben)) {
            groups.join(member, "groups", busy.get("id").asString());
            post(member, "@" + busy.get("handle").asString() + " shall we meet?");
        }
        post(owner, "@" + quiet.get("handle").asString() + " anyone?");
        post(owner, "@" + quiet.get("handle").asString() + " hello?");
        post(owner, "@" + hidden.get("handle").asString() + " our secret");

        List<String> seenByAnn = groupIds(client(ann.token()).get("/api/junto/v1/trends/groups?limit=20"));
        assertThat(seenByAnn)
                .contains(busy.get("id").asString(), quiet.get("id").asString());
        assertThat(seenByAnn.indexOf(busy.get("id").asString()))
                .isLessThan(seenByAnn.indexOf(quiet.get("id").asString()));
        assertThat(seenByAnn).doesNotContain(hidden.get("id").asString());
        assertThat(groupIds(client(owner.token()).get("/api/junto/v1/trends/groups?limit=20")))
                .contains(hidden.get("id").asString());

        var first = client().get("/api/junto/v1/trends/groups?limit=20").json();
        for (JsonNode trend : first) {
            if (trend.get("group").get("id").asString().equals(busy.get("id").asString())) {
                assertThat(trend.get("accounts").asLong()).isEqualTo(2);
                assertThat(trend.get("posts").asLong()).isEqualTo(2);
            }
        }

        String discover = new Browser(port).get("/discover").body();
        assertThat(discover)
                .contains("Active groups")
                .contains(busy.get("handle").asString());
        assertThat(discover).doesNotContain(hidden.get("handle").asString());
        assertThat(discover).contains("@" + ann.username());
    }

    private void post(TestUser who, String text) {
        var r = client(who.token()).postForm("/api/v1/statuses", Map.of("status", text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static List<String> groupIds(org.junto.testing.Client.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().forEach(t -> out.add(t.get("group").get("id").asString()));
        return out;
    }
}
