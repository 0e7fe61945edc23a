package org.junto.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A public post that names a secret group: outsiders see the handle as plain text, with no link to the group and no
 * entry in the post's mentions, in the Mastodon API and on the web pages; the group's members see the link.
 */
class SecretMentionsTest extends ApiTest {

    @Test
    void aSecretGroupsHandleIsPlainTextForOutsiders() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        TestUser outsider = fixtures.user("outsider");
        var groups = new GroupFixtures(this);
        JsonNode secret = groups.group(owner, "Hush", "secret");
        String handle = secret.get("handle").asString();
        groups.admit(owner, member, "groups", secret.get("id").asString());
        var direct = client(owner.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of(
                                "status",
                                "@" + outsider.username() + " ask me about @" + handle,
                                "visibility",
                                "direct"));
        assertThat(direct.status()).as(direct.body()).isEqualTo(200);
        var open = client(outsider.token())
                .postForm("/api/v1/statuses", Map.of("status", "Who runs @" + handle + " anyway?"));
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        String id = open.json().get("id").asString();
        fixtures.drainJobs();
        String groupLink = "/@" + handle + "\"";

        JsonNode seenByOutsider =
                client(outsider.token()).get("/api/v1/statuses/" + id).json();
        assertThat(seenByOutsider.get("content").asString())
                .contains("@" + handle)
                .doesNotContain(groupLink);
        assertThat(seenByOutsider.get("mentions").size()).isZero();
        JsonNode toldByAMember = client(outsider.token())
                .get("/api/v1/statuses/" + direct.json().get("id").asString())
                .json();
        assertThat(toldByAMember.get("content").asString())
                .as("a member's message to an outsider names the group without leading to it")
                .contains("@" + handle)
                .doesNotContain(groupLink);
        assertThat(toldByAMember.get("mentions").findValuesAsString("acct")).containsExactly(outsider.username());
        JsonNode anonymous = client().get("/api/v1/statuses/" + id).json();
        assertThat(anonymous.get("content").asString()).doesNotContain(groupLink);
        assertThat(client().get("/api/v1/timelines/public?local=true").body()).doesNotContain(groupLink);

        JsonNode seenByMember =
                client(member.token()).get("/api/v1/statuses/" + id).json();
        assertThat(seenByMember.get("content").asString()).contains(groupLink);
        assertThat(seenByMember.get("mentions").findValuesAsString("acct")).containsExactly(handle);

        String threadPath = "/@" + outsider.username() + "/" + id;
        assertThat(new Browser(port).get(threadPath).body())
                .contains("Who runs @" + handle)
                .doesNotContain(groupLink);
        assertThat(Browser.signedIn(port, outsider).get("/public/local").body()).doesNotContain(groupLink);
        assertThat(Browser.signedIn(port, member).get(threadPath).body()).contains(groupLink);
    }
}
