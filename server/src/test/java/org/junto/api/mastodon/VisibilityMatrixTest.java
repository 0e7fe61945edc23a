package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import tools.jackson.databind.JsonNode;

/**
 * One status per visibility, written by the author as a reply in a public thread and mentioning one person, read by
 * every kind of viewer on every read path. The expectation table is the visibility policy itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityMatrixTest extends ApiTest {
    private static final List<String> VISIBILITIES = List.of("public", "unlisted", "private", "direct");
    private TestUser author;
    private TestUser follower;
    private TestUser stranger;
    private TestUser mentioned;
    private TestUser blocked;
    private String root;
    private final Map<String, String> ids = new java.util.HashMap<>();

    /** Who may see each visibility, by viewer name; "anonymous" is the signed-out viewer. */
    private static final Map<String, Set<String>> SEES = Map.of(
            "public", Set.of("anonymous", "author", "follower", "stranger", "mentioned"),
            "unlisted", Set.of("anonymous", "author", "follower", "stranger", "mentioned"),
            "private", Set.of("author", "follower", "mentioned"),
            "direct", Set.of("author", "mentioned"));

    @BeforeAll
    void writeOneStatusPerVisibility() {
        author = fixtures.user("author");
        follower = fixtures.user("follower");
        stranger = fixtures.user("stranger");
        mentioned = fixtures.user("mentioned");
        blocked = fixtures.user("blocked");
        fixtures.follow(follower, author);
        fixtures.follow(blocked, author);
        fixtures.block(author, blocked);
        root = post(Map.of("status", "thread root", "visibility", "public"));
        for (String v : VISIBILITIES) {
            ids.put(
                    v,
                    post(Map.of(
                            "status", "@" + mentioned.username() + " a " + v + " reply #matrix" + author.id(),
                            "visibility", v,
                            "in_reply_to_id", root)));
        }
        fixtures.drainJobs();
    }

    private Map<String, Client> viewers() {
        return Map.of(
                "anonymous", client(),
                "author", client(author.token()),
                "follower", client(follower.token()),
                "stranger", client(stranger.token()),
                "mentioned", client(mentioned.token()),
                "blocked", client(blocked.token()));
    }

    @Test
    void statusById() {
        viewers()
                .forEach((viewer, c) -> VISIBILITIES.forEach(
                        v -> assertThat(c.get("/api/v1/statuses/" + ids.get(v)).status())
                                .as("%s reads a %s status", viewer, v)
                                .isEqualTo(SEES.get(v).contains(viewer) ? 200 : 404)));
    }

    @Test
    void threadContext() {
        viewers().forEach((viewer, c) -> {
            var r = c.get("/api/v1/statuses/" + root + "/context");
            if (viewer.equals("blocked")) {
                assertThat(r.status()).isEqualTo(404);
                return;
            }
            List<String> seen = idsOf(r.json().get("descendants"));
            VISIBILITIES.forEach(v -> assertThat(seen.contains(ids.get(v)))
                    .as("%s sees the %s reply in context", viewer, v)
                    .isEqualTo(SEES.get(v).contains(viewer)));
        });
    }

    @Test
    void accountStatuses() {
        viewers().forEach((viewer, c) -> {
            List<String> seen = idsOf(
                    c.get("/api/v1/accounts/" + author.idString() + "/statuses").json());
            VISIBILITIES.forEach(v -> assertThat(seen.contains(ids.get(v)))
                    .as("%s sees the %s status on the profile", viewer, v)
                    .isEqualTo(SEES.get(v).contains(viewer)));
        });
    }

    @Test
    void hashtagAndPublicTimelinesShowOnlyPublic() {
        viewers().forEach((viewer, c) -> {
            List<String> tagged =
                    idsOf(c.get("/api/v1/timelines/tag/matrix" + author.id()).json());
            List<String> pub = idsOf(c.get("/api/v1/timelines/public?limit=40").json());
            VISIBILITIES.forEach(v -> {
                boolean expected = v.equals("public") && !viewer.equals("blocked");
                assertThat(tagged.contains(ids.get(v)))
                        .as("%s: %s in tag timeline", viewer, v)
                        .isEqualTo(expected);
                assertThat(pub.contains(ids.get(v)))
                        .as("%s: %s in public timeline", viewer, v)
                        .isEqualTo(expected);
            });
        });
    }

    @Test
    void homeTimelines() {
        // The follower's home has every status the follower may see; the mentioned non-follower gets the DM only;
        // the blocked follower (unfollowed by the block) and the stranger get nothing.
        Map<String, Set<String>> home = Map.of(
                "follower", Set.of("public", "unlisted", "private"),
                "mentioned", Set.of("direct"),
                "stranger", Set.of(),
                "blocked", Set.of(),
                "author", Set.of("public", "unlisted", "private", "direct"));
        home.forEach((viewer, expected) -> {
            List<String> seen = idsOf(
                    viewers().get(viewer).get("/api/v1/timelines/home?limit=40").json());
            VISIBILITIES.forEach(v -> assertThat(seen.contains(ids.get(v)))
                    .as("%s home has the %s status", viewer, v)
                    .isEqualTo(expected.contains(v)));
        });
        assertThat(client().get("/api/v1/timelines/home").status()).isEqualTo(401);
    }

    private String post(Map<String, String> form) {
        var r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asString();
    }

    private static List<String> idsOf(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }
}
