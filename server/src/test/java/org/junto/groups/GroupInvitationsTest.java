package org.junto.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;

/** Joining closed and secret groups: join requests from either API, invitations, and invite links. */
class GroupInvitationsTest extends ApiTest {

    @Test
    void joinRequestsToAClosedGroupAreAnsweredByModerators() {
        TestUser owner = fixtures.user("owner");
        TestUser asker = fixtures.user("asker");
        TestUser refused = fixtures.user("refused");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Closed", "closed").get("id").asString();
        assertThat(groups.join(asker, "groups", id)).isEqualTo("requested");
        assertThat(groups.join(refused, "groups", id)).isEqualTo("requested");
        var mine = client(asker.token()).get("/api/junto/v1/groups/" + id).json();
        assertThat(mine.get("membership").get("requested").asBoolean()).isTrue();
        assertThat(client(asker.token())
                        .get("/api/junto/v1/groups/" + id + "/members")
                        .status())
                .as("a closed group's members are for members to see")
                .isEqualTo(403);
        assertThat(client(asker.token())
                        .get("/api/junto/v1/groups/" + id + "/join_requests")
                        .status())
                .isEqualTo(403);

        var pending = client(owner.token()).get("/api/junto/v1/groups/" + id + "/join_requests");
        assertThat(pending.json().size()).isEqualTo(2);
        assertThat(client(owner.token())
                        .post("/api/junto/v1/groups/" + id + "/join_requests/" + asker.idString() + "/authorize")
                        .status())
                .isEqualTo(204);
        assertThat(client(owner.token())
                        .post("/api/junto/v1/groups/" + id + "/join_requests/" + refused.idString() + "/reject")
                        .status())
                .isEqualTo(204);
        assertThat(client(owner.token())
                        .post("/api/junto/v1/groups/" + id + "/join_requests/" + refused.idString() + "/authorize")
                        .status())
                .as("an answered request is gone")
                .isEqualTo(404);
        assertThat(client(owner.token())
                        .get("/api/junto/v1/groups/" + id + "/join_requests")
                        .json()
                        .size())
                .isZero();
        assertThat(client(asker.token())
                        .get("/api/junto/v1/groups/" + id)
                        .json()
                        .get("membership")
                        .get("role")
                        .asString())
                .isEqualTo("member");
        var rel = client(asker.token())
                .get("/api/v1/accounts/relationships?id[]=" + id)
                .json()
                .get(0);
        assertThat(rel.get("following").asBoolean())
                .as("members follow their group")
                .isTrue();
        assertThat(client(refused.token())
                        .get("/api/junto/v1/groups/" + id)
                        .json()
                        .get("membership")
                        .get("role")
                        .isNull())
                .isTrue();
    }

    @Test
    void aMastodonFollowRequestToAClosedGroupIsAJoinRequest() {
        TestUser owner = fixtures.user("owner");
        TestUser follower = fixtures.user("follower");
        String id = new GroupFixtures(this)
                .group(owner, "Locked", "closed")
                .get("id")
                .asString();
        var rel = client(follower.token())
                .post("/api/v1/accounts/" + id + "/follow")
                .json();
        assertThat(rel.get("requested").asBoolean()).isTrue();
        fixtures.drainJobs();
        var pending = client(owner.token())
                .get("/api/junto/v1/groups/" + id + "/join_requests")
                .json();
        assertThat(pending.get(0).get("account").get("id").asString()).isEqualTo(follower.idString());
        client(owner.token())
                .post("/api/junto/v1/groups/" + id + "/join_requests/" + follower.idString() + "/authorize");
        var after = client(follower.token())
                .get("/api/v1/accounts/relationships?id[]=" + id)
                .json()
                .get(0);
        assertThat(after.get("following").asBoolean()).isTrue();
        assertThat(after.get("requested").asBoolean()).isFalse();
    }

    @Test
    void aSecretGroupIsJoinedByInvitationOnly() {
        TestUser owner = fixtures.user("owner");
        TestUser guest = fixtures.user("guest");
        TestUser outsider = fixtures.user("outsider");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Hidden", "secret").get("id").asString();
        assertThat(client(guest.token())
                        .post("/api/junto/v1/groups/" + id + "/join")
                        .status())
                .as("a secret group does not exist for those not invited")
                .isEqualTo(404);
        assertThat(client(outsider.token())
                        .post("/api/v1/accounts/" + id + "/follow")
                        .status())
                .isEqualTo(404);

        var invite = client(owner.token())
                .postJson("/api/junto/v1/groups/" + id + "/invitations", Map.of("account_id", guest.idString()));
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        var mine = client(guest.token()).get("/api/junto/v1/invitations").json();
        assertThat(mine.get(0).get("id").asString()).isEqualTo(id);
        assertThat(client(guest.token()).get("/api/v1/accounts/" + id).status()).isEqualTo(200);
        assertThat(groups.join(guest, "groups", id)).isEqualTo("member");
        assertThat(client(guest.token()).get("/api/junto/v1/invitations").json().size())
                .as("an invitation is used up by joining")
                .isZero();
    }

    @Test
    void inviteLinksHaveUseLimitsAndExpire() throws InterruptedException {
        TestUser owner = fixtures.user("owner");
        TestUser first = fixtures.user("first");
        TestUser second = fixtures.user("second");
        TestUser late = fixtures.user("late");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        String id = groups.group(owner, "Linked", "secret").get("id").asString();
        groups.admit(owner, member, "groups", id);
        assertThat(client(member.token())
                        .postJson("/api/junto/v1/groups/" + id + "/invitations", Map.of("max_uses", "1"))
                        .status())
                .as("members do not make links to a secret group")
                .isEqualTo(403);

        var once = client(owner.token())
                .postJson("/api/junto/v1/groups/" + id + "/invitations", Map.of("max_uses", "1"))
                .json();
        String code = once.get("code").asString();
        assertThat(once.get("url").asString()).endsWith("/api/junto/v1/invite_links/" + code);
        var preview = client(first.token()).get("/api/junto/v1/invite_links/" + code);
        assertThat(preview.json().get("id").asString()).isEqualTo(id);
        assertThat(client(first.token())
                        .post("/api/junto/v1/invite_links/" + code + "/accept")
                        .status())
                .isEqualTo(200);
        var usedUp = client(second.token()).post("/api/junto/v1/invite_links/" + code + "/accept");
        assertThat(usedUp.status()).isEqualTo(410);
        assertThat(usedUp.json().get("detail").asString()).contains("used up");
        assertThat(client(second.token())
                        .post("/api/junto/v1/invite_links/wrong-code/accept")
                        .status())
                .isEqualTo(404);

        var brief = client(owner.token())
                .postJson("/api/junto/v1/groups/" + id + "/invitations", Map.of("expires_in", "1"))
                .json();
        Thread.sleep(1100);
        var expired = client(late.token())
                .post("/api/junto/v1/invite_links/" + brief.get("code").asString() + "/accept");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("detail").asString()).contains("expired");
        assertThat(client(owner.token())
                        .postJson("/api/junto/v1/groups/" + id + "/invitations", Map.of("max_uses", "0"))
                        .status())
                .isEqualTo(422);

        var listed = client(owner.token())
                .get("/api/junto/v1/groups/" + id + "/invitations")
                .json();
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(1).get("uses").asInt()).isEqualTo(1);
        assertThat(listed.get(1).has("code")).as("codes are shown once").isFalse();
        assertThat(client(owner.token())
                        .delete("/api/junto/v1/groups/" + id + "/invitations/"
                                + listed.get(0).get("id").asString())
                        .status())
                .isEqualTo(204);
    }
}
