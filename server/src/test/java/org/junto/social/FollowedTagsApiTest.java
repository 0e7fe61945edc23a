package org.junto.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

/** Mastodon's followed tags: follow, unfollow, list, and the tag's public posts in the home timeline. */
class FollowedTagsApiTest extends ApiTest {

    @Test
    void followingATagBringsItsPublicPostsHomeAndUnfollowingTakesThemOut() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        String tag = "garden" + System.nanoTime() % 1_000_000;

        var followed = client(bob.token()).post("/api/v1/tags/" + tag + "/follow");
        assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
        assertThat(followed.json().get("name").asString()).isEqualTo(tag);
        assertThat(followed.json().get("following").asBoolean()).isTrue();
        assertThat(followed.json().get("history").isArray()).isTrue();

        String publicPost = post(alice, "tips for the #" + tag.toUpperCase(), "public");
        String unlisted = post(alice, "quiet #" + tag, "unlisted");
        String privatePost = post(alice, "followers only #" + tag, "private");
        String untagged = post(alice, "nothing to see", "public");
        fixtures.drainJobs();

        List<String> home = homeIds(bob);
        assertThat(home).contains(publicPost).doesNotContain(unlisted, privatePost, untagged);

        var shown = client(bob.token()).get("/api/v1/tags/" + tag);
        assertThat(shown.json().get("following").asBoolean()).isTrue();
        assertThat(client().get("/api/v1/tags/" + tag).json().has("following")).isFalse();

        var unfollowed = client(bob.token()).post("/api/v1/tags/" + tag + "/unfollow");
        assertThat(unfollowed.json().get("following").asBoolean()).isFalse();
        assertThat(homeIds(bob)).doesNotContain(publicPost);
    }

    @Test
    void aBlockedAuthorsTaggedPostStaysOutAndAFollowedAuthorsStaysAfterUnfollowingTheTag() {
        var alice = fixtures.user("alice");
        var carol = fixtures.user("carol");
        var bob = fixtures.user("bob");
        String tag = "bees" + System.nanoTime() % 1_000_000;
        client(bob.token()).post("/api/v1/tags/" + tag + "/follow");
        fixtures.follow(bob, carol);
        fixtures.block(bob, alice);

        String blocked = post(alice, "#" + tag + " from a blocked author", "public");
        String friend = post(carol, "#" + tag + " from a friend", "public");
        fixtures.drainJobs();
        assertThat(homeIds(bob)).contains(friend).doesNotContain(blocked);

        client(bob.token()).post("/api/v1/tags/" + tag + "/unfollow");
        assertThat(homeIds(bob)).contains(friend);
    }

    @Test
    void followedTagsArePagedNewestFirstWithLinks() {
        var bob = fixtures.user("bob");
        String base = "t" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 3; i++) {
            assertThat(client(bob.token())
                            .post("/api/v1/tags/" + base + "x" + i + "/follow")
                            .status())
                    .isEqualTo(200);
        }
        client(bob.token()).post("/api/v1/tags/" + base + "x1/follow"); // again: no duplicate

        var first = client(bob.token()).get("/api/v1/followed_tags?limit=2");
        assertThat(names(first.json())).containsExactly(base + "x2", base + "x1");
        String next = first.header("Link").replaceAll(".*<https://junto.test([^>]*)>; rel=\"next\".*", "$1");
        assertThat(names(client(bob.token()).get(next).json())).containsExactly(base + "x0");

        assertThat(client().get("/api/v1/followed_tags").status()).isEqualTo(401);
        assertThat(client(bob.token()).post("/api/v1/tags/no%20spaces/follow").status())
                .isEqualTo(404);
        assertThat(client(fixtures.tokenFor(bob, "read"))
                        .post("/api/v1/tags/" + base + "/follow")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDirectoryListsDiscoverablePeopleMostRecentlyActiveFirst() {
        var quiet = fixtures.user("quiet");
        var active = fixtures.user("active");
        var hidden = fixtures.user("hidden");
        client(hidden.token()).patchForm("/api/v1/accounts/update_credentials", Map.of("discoverable", "false"));
        post(active, "I am here", "public");

        List<String> byActivity =
                accountIds(client().get("/api/v1/directory?limit=80").json());
        assertThat(byActivity).contains(active.idString(), quiet.idString()).doesNotContain(hidden.idString());
        assertThat(byActivity.indexOf(active.idString())).isLessThan(byActivity.indexOf(quiet.idString()));

        List<String> newest =
                accountIds(client().get("/api/v1/directory?order=new&limit=3").json());
        assertThat(newest.getFirst()).isEqualTo(active.idString());

        fixtures.block(quiet, active);
        assertThat(accountIds(
                        client(quiet.token()).get("/api/v1/directory?limit=80").json()))
                .doesNotContain(active.idString());
    }

    private String post(org.junto.testing.Fixtures.TestUser who, String text, String visibility) {
        return client(who.token())
                .postForm("/api/v1/statuses", Map.of("status", text, "visibility", visibility))
                .json()
                .get("id")
                .asString();
    }

    private List<String> homeIds(org.junto.testing.Fixtures.TestUser who) {
        List<String> out = new ArrayList<>();
        client(who.token())
                .get("/api/v1/timelines/home?limit=40")
                .json()
                .forEach(s -> out.add(s.get("id").asString()));
        return out;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.get("name").asString()));
        return out;
    }

    private static List<String> accountIds(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.get("id").asString()));
        return out;
    }
}
