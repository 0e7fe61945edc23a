package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/** The group pages over plain HTTP, as a browser without JavaScript uses them. */
class GroupPagesTest extends ApiTest {

    private Browser signedIn(TestUser user) {
        return Browser.signedIn(port, user);
    }

    @Test
    void createJoinPostAndModerateThroughThePages() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        Browser ownerBrowser = signedIn(owner);
        String handle = "webgrp" + owner.id() % 1_000_000;
        String csrf = ownerBrowser.get("/groups").csrf();
        Browser.Page created = ownerBrowser.post(
                "/groups", Map.of("handle", handle, "display_name", "Web <Group>", "privacy", "closed", "_csrf", csrf));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/groups/" + handle);
        Browser.Page page = ownerBrowser.get("/groups/" + handle);
        assertThat(page.body())
                .contains("Web &lt;Group&gt;")
                .doesNotContain("Web <Group>")
                .contains("Moderation");

        Browser memberBrowser = signedIn(member);
        Browser.Page asking = memberBrowser.get("/groups/" + handle);
        assertThat(asking.body()).contains("Ask to join");
        memberBrowser.post("/groups/" + handle + "/join", Map.of("_csrf", asking.csrf()));
        assertThat(memberBrowser.get("/groups/" + handle).body()).contains("Join request sent");

        Browser.Page queue = ownerBrowser.get("/groups/" + handle + "/moderation");
        assertThat(queue.body()).contains(member.username());
        ownerBrowser.post(
                "/groups/" + handle + "/requests/" + member.idString() + "/authorize", Map.of("_csrf", queue.csrf()));
        Browser.Page joined = memberBrowser.get("/groups/" + handle);
        assertThat(joined.body()).contains("You: member").contains("Post to Web &lt;Group&gt;");

        Browser.Page posted = memberBrowser.post(
                "/groups/" + handle + "/statuses",
                Map.of("status", "Hello from the group page", "_csrf", joined.csrf()));
        assertThat(posted.status()).isEqualTo(302);
        fixtures.drainJobs();
        assertThat(memberBrowser.get("/groups/" + handle).body())
                .contains("Hello from the group page")
                .as("a closed group's post says who may see it")
                .contains(">members only<");
        assertThat(new Browser(port).get("/groups/" + handle).body())
                .as("a closed group's posts are for members")
                .doesNotContain("Hello from the group page");

        Browser.Page moderation = ownerBrowser.get("/groups/" + handle + "/moderation");
        String statusId = moderation.body().replaceAll("(?s).*/statuses/(\\d+)/remove.*", "$1");
        Browser.Page removed = ownerBrowser.post(
                "/groups/" + handle + "/statuses/" + statusId + "/remove", Map.of("_csrf", moderation.csrf()));
        assertThat(removed.status()).isEqualTo(302);
        assertThat(memberBrowser.get("/groups/" + handle).body()).doesNotContain("Hello from the group page");
        assertThat(memberBrowser.get("/groups/" + handle + "/moderation").status())
                .isEqualTo(403);
    }

    @Test
    void secretGroupsAreNotFoundByOutsidersAndDirectoriesList() {
        TestUser owner = fixtures.user("owner");
        TestUser outsider = fixtures.user("outsider");
        var groups = new GroupFixtures(this);
        JsonNode secret = groups.group(owner, "Whisper", "secret");
        JsonNode open = groups.group(owner, "Openhouse", "public");
        JsonNode org = groups.organization(owner, "Orgweb", "public");
        groups.groupOf(owner, "Orgteam", "public", org.get("id").asString());
        String secretHandle = secret.get("handle").asString();

        Browser outsiderBrowser = signedIn(outsider);
        assertThat(outsiderBrowser.get("/groups/" + secretHandle).status()).isEqualTo(404);
        assertThat(outsiderBrowser.get("/@" + secretHandle).status()).isEqualTo(404);
        assertThat(outsiderBrowser.get("/groups").body())
                .contains(open.get("handle").asString())
                .doesNotContain(secretHandle);
        assertThat(signedIn(owner).get("/groups/" + secretHandle).status()).isEqualTo(200);
        Browser.Page orgPage =
                new Browser(port).get("/organizations/" + org.get("handle").asString());
        assertThat(orgPage.status()).isEqualTo(200);
        assertThat(orgPage.body()).contains("Orgteam");
        assertThat(new Browser(port)
                        .get("/groups/" + org.get("handle").asString())
                        .status())
                .isEqualTo(404);
    }
}
