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
import tools.jackson.databind.JsonNode;

/** Organizations: membership and roles, their groups, organization-only posts and the organization timeline. */
class OrganizationsTest extends ApiTest {

    @Test
    void membershipByRequestAndInvitationWithOrganizationRoles() {
        TestUser owner = fixtures.user("owner");
        TestUser applicant = fixtures.user("applicant");
        TestUser invitee = fixtures.user("invitee");
        var groups = new GroupFixtures(this);
        JsonNode org = groups.organization(owner, "Coop", "closed");
        assertThat(org.get("kind").asString()).isEqualTo("organization");
        assertThat(org.get("account").get("group").asBoolean())
                .as("an organization is not a group")
                .isFalse();
        String id = org.get("id").asString();

        assertThat(groups.join(applicant, "organizations", id)).isEqualTo("requested");
        client(owner.token())
                .post("/api/junto/v1/organizations/" + id + "/join_requests/" + applicant.idString() + "/authorize");
        groups.admit(owner, invitee, "organizations", id);
        var members = client(owner.token())
                .get("/api/junto/v1/organizations/" + id + "/members")
                .json();
        assertThat(roles(members)).containsExactly("contributor", "contributor", "owner");

        var staff = client(owner.token())
                .putJson(
                        "/api/junto/v1/organizations/" + id + "/members/" + applicant.idString(),
                        Map.of("role", "staff"));
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        assertThat(staff.json().get(0).get("role").asString()).isEqualTo("staff");
        assertThat(client(owner.token())
                        .putJson(
                                "/api/junto/v1/organizations/" + id + "/members/" + invitee.idString(),
                                Map.of("role", "moderator"))
                        .status())
                .as("moderator is a group role")
                .isEqualTo(422);
        assertThat(client(owner.token()).get("/api/junto/v1/groups/" + id).status())
                .as("an organization is not served as a group")
                .isEqualTo(404);
    }

    @Test
    void organizationOnlyPostsAreForMembersAndTheTimelineGathersItsGroups() {
        TestUser owner = fixtures.user("owner");
        TestUser contributor = fixtures.user("contributor");
        TestUser outsider = fixtures.user("outsider");
        TestUser fan = fixtures.user("fan");
        fixtures.follow(fan, contributor);
        var groups = new GroupFixtures(this);
        JsonNode org = groups.organization(owner, "Works", "public");
        String id = org.get("id").asString();
        assertThat(groups.join(contributor, "organizations", id)).isEqualTo("member");

        var orgPost = client(contributor.token())
                .postJson("/api/junto/v1/organizations/" + id + "/statuses", Map.of("status", "Budget draft #plans"));
        assertThat(orgPost.status()).as(orgPost.body()).isEqualTo(200);
        String orgPostId = orgPost.json().get("id").asString();
        assertThat(client(outsider.token())
                        .postJson("/api/junto/v1/organizations/" + id + "/statuses", Map.of("status", "hi"))
                        .status())
                .isEqualTo(403);

        JsonNode team = groups.groupOf(owner, "Team", "public", id);
        assertThat(team.get("organization_id").asString()).isEqualTo(id);
        groups.join(contributor, "groups", team.get("id").asString());
        String groupPost = client(contributor.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of("status", "@" + team.get("handle").asString() + " kickoff"))
                .json()
                .get("id")
                .asString();
        fixtures.drainJobs();

        assertThat(client(owner.token()).get("/api/v1/statuses/" + orgPostId).status())
                .isEqualTo(200);
        assertThat(client(outsider.token()).get("/api/v1/statuses/" + orgPostId).status())
                .isEqualTo(404);
        assertThat(client().get("/api/v1/statuses/" + orgPostId).status()).isEqualTo(404);
        assertThat(ids(client(fan.token()).get("/api/v1/timelines/home").json()))
                .as("the author's followers outside the organization do not get it")
                .doesNotContain(orgPostId);
        assertThat(ids(client(outsider.token())
                        .get("/api/v2/search?type=statuses&q=budget")
                        .json()
                        .get("statuses")))
                .doesNotContain(orgPostId);

        assertThat(ids(client(owner.token())
                        .get("/api/junto/v1/organizations/" + id + "/statuses")
                        .json()))
                .containsExactly(groupPost, orgPostId);
        assertThat(ids(client(outsider.token())
                        .get("/api/junto/v1/organizations/" + id + "/statuses")
                        .json()))
                .containsExactly(groupPost);
        var orgGroups =
                client().get("/api/junto/v1/groups?organization_id=" + id).json();
        assertThat(ids(orgGroups)).containsExactly(team.get("id").asString());
    }

    @Test
    void organizationAdminsAdministerItsGroupsAndOnlyTheyCreateThem() {
        TestUser owner = fixtures.user("owner");
        TestUser admin = fixtures.user("admin");
        TestUser contributor = fixtures.user("contributor");
        var groups = new GroupFixtures(this);
        String org = groups.organization(owner, "Guild", "public").get("id").asString();
        groups.join(admin, "organizations", org);
        groups.join(contributor, "organizations", org);
        client(owner.token())
                .putJson(
                        "/api/junto/v1/organizations/" + org + "/members/" + admin.idString(), Map.of("role", "admin"));

        var refused = client(contributor.token())
                .postJson(
                        "/api/junto/v1/groups",
                        Map.of("handle", "guildteam" + contributor.id() % 100000, "organization_id", org));
        assertThat(refused.status()).isEqualTo(403);

        JsonNode team = groups.groupOf(owner, "Secretteam", "secret", org);
        String teamId = team.get("id").asString();
        var seen = client(admin.token()).get("/api/junto/v1/groups/" + teamId);
        assertThat(seen.status())
                .as("an organization admin is admin of its groups, even secret ones")
                .isEqualTo(200);
        assertThat(seen.json().get("membership").get("role").asString()).isEqualTo("admin");
        assertThat(client(admin.token())
                        .patchJson("/api/junto/v1/groups/" + teamId, Map.of("rules", "Ship it."))
                        .status())
                .isEqualTo(200);
        assertThat(groups.join(admin, "groups", teamId)).isEqualTo("member");
        assertThat(client(contributor.token())
                        .get("/api/junto/v1/groups/" + teamId)
                        .status())
                .isEqualTo(404);
        var directory = ids(client(contributor.token())
                .get("/api/junto/v1/organizations?limit=80")
                .json());
        assertThat(directory).contains(org);
    }

    private static List<String> roles(JsonNode members) {
        List<String> out = new ArrayList<>();
        members.forEach(m -> out.add(m.get("role").asString()));
        return out;
    }
}
