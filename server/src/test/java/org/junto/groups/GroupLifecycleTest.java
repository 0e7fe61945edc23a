package org.junto.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junto.testing.GroupFixtures.ids;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/** A group's life through the Junto and Mastodon APIs: creation, roles, removal, bans, transfer, deletion. */
class GroupLifecycleTest extends ApiTest {

    @Test
    void aGroupIsAnAccountMastodonClientsSeeAsAGroup() {
        TestUser owner = fixtures.user("owner");
        JsonNode group = new GroupFixtures(this).group(owner, "Gardeners", "public");
        assertThat(group.get("kind").asString()).isEqualTo("group");
        assertThat(group.get("members_count").asLong()).isEqualTo(1);
        assertThat(group.get("membership").get("role").asString()).isEqualTo("owner");
        String id = group.get("id").asString();

        var account = client().get("/api/v1/accounts/" + id).json();
        assertThat(account.get("group").asBoolean()).isTrue();
        assertThat(account.get("display_name").asString()).isEqualTo("Gardeners");
        var looked = client().get(
                        "/api/v1/accounts/lookup?acct=" + group.get("handle").asString());
        assertThat(looked.json().get("id").asString()).isEqualTo(id);
        var found = client(owner.token())
                .get("/api/v1/accounts/search?q=" + group.get("handle").asString());
        assertThat(ids(found.json())).containsExactly(id);
        assertThat(client().get(group.get("account").get("avatar").asString().replaceFirst("https://junto.test", ""))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void followingAPublicGroupFromAMastodonClientJoinsItAndUnfollowingLeaves() {
        TestUser owner = fixtures.user("owner");
        TestUser reader = fixtures.user("reader");
        String id = new GroupFixtures(this)
                .group(owner, "Walkers", "public")
                .get("id")
                .asString();
        var rel = client(reader.token()).post("/api/v1/accounts/" + id + "/follow");
        assertThat(rel.json().get("following").asBoolean()).isTrue();
        fixtures.drainJobs();
        assertThat(roleOf(owner, id, reader)).isEqualTo("member");

        client(reader.token()).post("/api/v1/accounts/" + id + "/unfollow");
        fixtures.drainJobs();
        assertThat(roleOf(owner, id, reader)).isNull();
    }

    @Test
    void rolesFollowRank() {
        TestUser owner = fixtures.user("owner");
        TestUser admin = fixtures.user("admin");
        TestUser moderator = fixtures.user("moderator");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Ranked", "public").get("id").asString();
        for (TestUser u : List.of(admin, moderator, member)) {
            assertThat(groups.join(u, "groups", id)).isEqualTo("member");
        }
        assertThat(setRole(owner, id, admin, "admin").status()).isEqualTo(200);
        assertThat(setRole(admin, id, moderator, "moderator").status()).isEqualTo(200);
        assertThat(setRole(admin, id, member, "admin").status())
                .as("only the owner makes admins")
                .isEqualTo(403);
        assertThat(setRole(moderator, id, member, "moderator").status()).isEqualTo(403);
        assertThat(setRole(owner, id, member, "owner").status()).isEqualTo(422);
        assertThat(setRole(owner, id, member, "staff").status())
                .as("staff is an organization role")
                .isEqualTo(422);
        assertThat(roleOf(owner, id, moderator)).isEqualTo("moderator");

        // Moderators remove members below them, not their peers or superiors.
        assertThat(client(moderator.token())
                        .delete("/api/junto/v1/groups/" + id + "/members/" + admin.idString())
                        .status())
                .isEqualTo(403);
        assertThat(client(moderator.token())
                        .delete("/api/junto/v1/groups/" + id + "/members/" + member.idString())
                        .status())
                .isEqualTo(204);
        assertThat(roleOf(owner, id, member)).isNull();
        assertThat(client(member.token())
                        .delete("/api/junto/v1/groups/" + id + "/members/" + moderator.idString())
                        .status())
                .as("a non-member removes no one")
                .isEqualTo(403);

        // The owner cannot leave, but can hand the group over and then leave.
        assertThat(client(owner.token())
                        .post("/api/junto/v1/groups/" + id + "/leave")
                        .status())
                .isEqualTo(422);
        assertThat(client(owner.token())
                        .postJson("/api/junto/v1/groups/" + id + "/transfer", Map.of("account_id", admin.idString()))
                        .status())
                .isEqualTo(204);
        assertThat(roleOf(admin, id, admin)).isEqualTo("owner");
        assertThat(roleOf(admin, id, owner)).isEqualTo("admin");
        assertThat(client(owner.token())
                        .post("/api/junto/v1/groups/" + id + "/leave")
                        .status())
                .isEqualTo(204);
        assertThat(roleOf(admin, id, owner)).isNull();
    }

    @Test
    void aBannedAccountCannotJoinOrFollow() {
        TestUser owner = fixtures.user("owner");
        TestUser troll = fixtures.user("troll");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Calm", "public").get("id").asString();
        groups.join(troll, "groups", id);
        fixtures.drainJobs();
        var ban = client(owner.token())
                .postJson("/api/junto/v1/groups/" + id + "/bans", Map.of("account_id", troll.idString()));
        assertThat(ban.status()).as(ban.body()).isEqualTo(204);
        assertThat(roleOf(owner, id, troll)).isNull();
        var again = client(troll.token()).post("/api/junto/v1/groups/" + id + "/join");
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().get("detail").asString()).contains("banned");
        assertThat(client(troll.token())
                        .post("/api/v1/accounts/" + id + "/follow")
                        .status())
                .isEqualTo(403);

        client(owner.token()).delete("/api/junto/v1/groups/" + id + "/bans/" + troll.idString());
        assertThat(groups.join(troll, "groups", id)).isEqualTo("member");
    }

    @Test
    void moderatorsListTheBansNewestFirstPagedAsMastodon() {
        TestUser owner = fixtures.user("owner");
        TestUser first = fixtures.user("first");
        TestUser second = fixtures.user("second");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Banlist", "public").get("id").asString();
        groups.join(member, "groups", id);
        for (TestUser banned : java.util.List.of(first, second)) {
            assertThat(client(owner.token())
                            .postJson("/api/junto/v1/groups/" + id + "/bans", Map.of("account_id", banned.idString()))
                            .status())
                    .isEqualTo(204);
        }
        var page = client(owner.token()).get("/api/junto/v1/groups/" + id + "/bans?limit=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(GroupFixtures.ids(page.json())).containsExactly(second.idString());
        assertThat(page.json().get(0).get("acct").asString()).isEqualTo(second.username());
        String next = org.junto.testing.Links.parse(page.header("Link")).get("next");
        assertThat(next).contains("max_id=").contains("limit=1");
        assertThat(GroupFixtures.ids(client(owner.token()).get(next).json())).containsExactly(first.idString());

        var asMember = client(member.token()).get("/api/junto/v1/groups/" + id + "/bans");
        assertThat(asMember.status()).as("members do not see who is banned").isEqualTo(403);
        assertThat(asMember.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client().get("/api/junto/v1/groups/" + id + "/bans").status())
                .isEqualTo(401);
        assertThat(client(owner.token())
                        .get("/api/junto/v1/organizations/" + id + "/bans")
                        .status())
                .as("a group's id on the organizations path")
                .isEqualTo(404);

        client(owner.token()).delete("/api/junto/v1/groups/" + id + "/bans/" + first.idString());
        assertThat(GroupFixtures.ids(client(owner.token())
                        .get("/api/junto/v1/groups/" + id + "/bans")
                        .json()))
                .containsExactly(second.idString());
    }

    @Test
    void theOwnerDeletesTheGroupWithItsContentAfterConfirming() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Doomed", "public");
        String id = group.get("id").asString();
        groups.join(member, "groups", id);
        var post = client(member.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of("status", "@" + group.get("handle").asString() + " hello"));
        String statusId = post.json().get("id").asString();
        fixtures.drainJobs();

        assertThat(client(member.token())
                        .delete("/api/junto/v1/groups/" + id + "?confirm="
                                + group.get("handle").asString())
                        .status())
                .as("only the owner deletes")
                .isEqualTo(403);
        var wrong = client(owner.token()).delete("/api/junto/v1/groups/" + id + "?confirm=nope");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(client().get("/api/v1/statuses/" + statusId).status()).isEqualTo(200);

        var done = client(owner.token())
                .delete("/api/junto/v1/groups/" + id + "?confirm="
                        + group.get("handle").asString());
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(client().get("/api/v1/accounts/" + id).status()).isEqualTo(404);
        assertThat(client().get("/api/junto/v1/groups/" + id).status()).isEqualTo(404);
        assertThat(client().get("/api/v1/statuses/" + statusId).status()).isEqualTo(404);
    }

    @Test
    void adminsEditTheProfileAndRules() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Editable", "public").get("id").asString();
        groups.join(member, "groups", id);
        var change = Map.of("display_name", "Edited", "rules", "No spam.", "privacy", "closed");
        assertThat(client(member.token())
                        .patchJson("/api/junto/v1/groups/" + id, change)
                        .status())
                .isEqualTo(403);
        var r = client(owner.token()).patchJson("/api/junto/v1/groups/" + id, change);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("rules").asString()).isEqualTo("No spam.");
        assertThat(r.json().get("privacy").asString()).isEqualTo("closed");
        assertThat(r.json().get("account").get("display_name").asString()).isEqualTo("Edited");
        assertThat(r.json().get("account").get("locked").asBoolean()).isTrue();
        assertThat(client(owner.token())
                        .patchJson("/api/junto/v1/groups/" + id, Map.of("privacy", "invisible"))
                        .status())
                .isEqualTo(422);
    }

    private Client.Response setRole(TestUser actor, String groupId, TestUser target, String role) {
        return client(actor.token())
                .putJson("/api/junto/v1/groups/" + groupId + "/members/" + target.idString(), Map.of("role", role));
    }

    /** The target's role as the member list shows it to {@code viewer}; null when not a member. */
    private String roleOf(TestUser viewer, String groupId, TestUser target) {
        var r = client(viewer.token()).get("/api/junto/v1/groups/" + groupId + "/members?limit=80");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode m : r.json()) {
            if (m.get("account").get("id").asString().equals(target.idString())) {
                return m.get("role").asString();
            }
        }
        return null;
    }
}
