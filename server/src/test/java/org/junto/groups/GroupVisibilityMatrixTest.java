package org.junto.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junto.testing.GroupFixtures.ids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/**
 * One post in each kind of group (public, closed, secret), written publicly by a member as a reply in a public thread,
 * tagged, and mentioning an outsider; read by every kind of viewer on every read path. A closed or secret group's
 * post is for its members only, whatever its own visibility says; a public group's is as public as its author made
 * it. The expectation table is the policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupVisibilityMatrixTest extends ApiTest {
    private static final List<String> PRIVACIES = List.of("public", "closed", "secret");
    private static final Set<String> EVERYONE =
            Set.of("anonymous", "author", "member", "stranger", "follower", "mentioned", "banned");
    private static final Set<String> MEMBERS = Set.of("author", "member");
    private TestUser author;
    private TestUser member;
    private TestUser stranger;
    private TestUser follower;
    private TestUser mentioned;
    private TestUser banned;
    private String root;
    private String tag;
    private final Map<String, String> groupIds = new HashMap<>();
    private final Map<String, String> postIds = new HashMap<>();

    /** Who sees the post of each group by its id, in threads, in search, in tag and public timelines. */
    private static Set<String> sees(String privacy) {
        return privacy.equals("public") ? EVERYONE : MEMBERS;
    }

    @BeforeAll
    void postIntoEachGroup() {
        TestUser owner = fixtures.user("owner");
        author = fixtures.user("author");
        member = fixtures.user("member");
        stranger = fixtures.user("stranger");
        follower = fixtures.user("follower");
        mentioned = fixtures.user("mentioned");
        banned = fixtures.user("banned");
        fixtures.follow(follower, author);
        var groups = new GroupFixtures(this);
        tag = "gmatrix" + author.id();
        root = post(Map.of("status", "thread root", "visibility", "public"));
        for (String privacy : PRIVACIES) {
            JsonNode group = groups.group(owner, privacy + "grp", privacy);
            String id = group.get("id").asString();
            groupIds.put(privacy, id);
            for (TestUser u : List.of(author, member, banned)) {
                groups.admit(owner, u, "groups", id);
            }
            var ban = client(owner.token())
                    .postJson("/api/junto/v1/groups/" + id + "/bans", Map.of("account_id", banned.idString()));
            assertThat(ban.status()).isEqualTo(204);
            postIds.put(
                    privacy,
                    post(Map.of(
                            "status",
                            "@" + group.get("handle").asString() + " @" + mentioned.username() + " a " + privacy
                                    + " group post #" + tag,
                            "visibility",
                            "public",
                            "in_reply_to_id",
                            root)));
        }
        fixtures.drainJobs();
    }

    private Map<String, Client> viewers() {
        return Map.of(
                "anonymous", client(),
                "author", client(author.token()),
                "member", client(member.token()),
                "stranger", client(stranger.token()),
                "follower", client(follower.token()),
                "mentioned", client(mentioned.token()),
                "banned", client(banned.token()));
    }

    @Test
    void statusById() {
        viewers()
                .forEach((viewer, c) -> PRIVACIES.forEach(p -> assertThat(
                                c.get("/api/v1/statuses/" + postIds.get(p)).status())
                        .as("%s reads the %s group's post", viewer, p)
                        .isEqualTo(sees(p).contains(viewer) ? 200 : 404)));
    }

    @Test
    void threadContext() {
        viewers().forEach((viewer, c) -> {
            List<String> seen =
                    ids(c.get("/api/v1/statuses/" + root + "/context").json().get("descendants"));
            PRIVACIES.forEach(p -> assertThat(seen.contains(postIds.get(p)))
                    .as("%s sees the %s group's post in the thread", viewer, p)
                    .isEqualTo(sees(p).contains(viewer)));
        });
    }

    @Test
    void tagPublicTimelinesAndSearch() {
        viewers().forEach((viewer, c) -> {
            List<String> tagged = ids(c.get("/api/v1/timelines/tag/" + tag).json());
            List<String> pub = ids(c.get("/api/v1/timelines/public?limit=40").json());
            List<String> found = viewer.equals("anonymous")
                    ? List.of()
                    : ids(c.get("/api/v2/search?type=statuses&q=" + tag).json().get("statuses"));
            PRIVACIES.forEach(p -> {
                boolean expected = sees(p).contains(viewer);
                assertThat(tagged.contains(postIds.get(p)))
                        .as("%s: %s in tag", viewer, p)
                        .isEqualTo(expected);
                assertThat(pub.contains(postIds.get(p)))
                        .as("%s: %s in public", viewer, p)
                        .isEqualTo(expected);
                if (!viewer.equals("anonymous")) {
                    assertThat(found.contains(postIds.get(p)))
                            .as("%s: %s in search", viewer, p)
                            .isEqualTo(expected);
                }
            });
        });
    }

    @Test
    void groupTimelineAndTheGroupsAccount() {
        viewers()
                .forEach((viewer, c) -> PRIVACIES.forEach(p -> {
                    String id = groupIds.get(p);
                    var timeline = c.get("/api/junto/v1/groups/" + id + "/statuses");
                    var account = c.get("/api/v1/accounts/" + id);
                    var announces = c.get("/api/v1/accounts/" + id + "/statuses");
                    boolean knows = !p.equals("secret") || MEMBERS.contains(viewer);
                    assertThat(timeline.status())
                            .as("%s opens the %s group's timeline", viewer, p)
                            .isEqualTo(knows ? 200 : 404);
                    assertThat(account.status())
                            .as("%s reads the %s group's account", viewer, p)
                            .isEqualTo(knows ? 200 : 404);
                    if (knows) {
                        assertThat(ids(timeline.json()).contains(postIds.get(p)))
                                .as("%s sees the post in the %s group's timeline", viewer, p)
                                .isEqualTo(sees(p).contains(viewer));
                        boolean announceSeen = ids(announces.json()).stream().anyMatch(x -> !x.equals(postIds.get(p)));
                        assertThat(announceSeen)
                                .as("%s sees the %s group's announce", viewer, p)
                                .isEqualTo(sees(p).contains(viewer) && !viewer.equals("banned"));
                    }
                }));
    }

    @Test
    void homeTimelinesAndNotifications() {
        Map<String, Set<String>> home = Map.of(
                "member", Set.of("public", "closed", "secret"),
                "follower", Set.of("public"),
                "stranger", Set.of(),
                "mentioned", Set.of(),
                "banned", Set.of());
        home.forEach((viewer, expected) -> {
            List<String> seen = new ArrayList<>();
            viewers()
                    .get(viewer)
                    .get("/api/v1/timelines/home?limit=40")
                    .json()
                    .forEach(s -> seen.add(
                            s.get("reblog").isNull()
                                    ? s.get("id").asString()
                                    : s.get("reblog").get("id").asString()));
            PRIVACIES.forEach(p -> assertThat(seen.contains(postIds.get(p)))
                    .as("%s home has the %s group's post", viewer, p)
                    .isEqualTo(expected.contains(p)));
        });
        List<String> mentions = new ArrayList<>();
        client(mentioned.token())
                .get("/api/v1/notifications?types[]=mention")
                .json()
                .forEach(n -> mentions.add(n.get("status").get("id").asString()));
        PRIVACIES.forEach(p -> assertThat(mentions.contains(postIds.get(p)))
                .as("the mentioned outsider is notified of the %s group's post", p)
                .isEqualTo(p.equals("public")));
        assertThat(client().get("/api/v1/timelines/home").status()).isEqualTo(401);
    }

    @Test
    void secretGroupsAreLeftOutOfAccountSearch() {
        viewers().forEach((viewer, c) -> {
            if (viewer.equals("anonymous")) {
                return;
            }
            var found =
                    ids(c.get("/api/v2/search?type=accounts&q=secretgrp").json().get("accounts"));
            assertThat(found.contains(groupIds.get("secret")))
                    .as("%s finds the secret group", viewer)
                    .isEqualTo(MEMBERS.contains(viewer));
        });
    }

    private String post(Map<String, String> form) {
        var r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asString();
    }
}
