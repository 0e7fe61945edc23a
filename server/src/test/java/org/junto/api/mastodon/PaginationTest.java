package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

class PaginationTest extends ApiTest {

    @Test
    void pagesThroughAnAccountTimelineWithMaxSinceAndMinIdAndLinkHeaders() {
        var alice = fixtures.user("alice");
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            posted.add(client(alice.token())
                    .postForm("/api/v1/statuses", Map.of("status", "post " + i))
                    .json()
                    .get("id")
                    .asString());
        }
        List<String> newestFirst = posted.reversed();
        String base = "/api/v1/accounts/" + alice.idString() + "/statuses";

        var first = client().get(base + "?limit=3");
        assertThat(ids(first.json())).containsExactlyElementsOf(newestFirst.subList(0, 3));
        String link = first.header("Link");
        assertThat(link).contains("max_id=" + newestFirst.get(2) + ">; rel=\"next\"");
        assertThat(link).contains("min_id=" + newestFirst.get(0) + ">; rel=\"prev\"");

        var second = client().get(base + "?limit=3&max_id=" + newestFirst.get(2));
        assertThat(ids(second.json())).containsExactlyElementsOf(newestFirst.subList(3, 6));

        // min_id gives the page just above the cursor, still newest first
        var above = client().get(base + "?limit=2&min_id=" + newestFirst.get(5));
        assertThat(ids(above.json())).containsExactly(newestFirst.get(3), newestFirst.get(4));
        // since_id gives the newest page above the cursor
        var since = client().get(base + "?limit=2&since_id=" + newestFirst.get(5));
        assertThat(ids(since.json())).containsExactly(newestFirst.get(0), newestFirst.get(1));

        var empty = client().get(base + "?max_id=" + newestFirst.get(6));
        assertThat(empty.json().size()).isZero();
        assertThat(empty.header("Link")).isNull();

        assertThat(client().get(base + "?limit=1000").json().size()).isEqualTo(7);
        assertThat(client().get(base + "?limit=0").json().size()).isEqualTo(7);
        assertThat(client().get(base + "?max_id=nonsense").status()).isEqualTo(422);
    }

    @Test
    void limitIsCappedAtForty() {
        var alice = fixtures.user("alice");
        for (int i = 0; i < 45; i++) {
            client(alice.token()).postForm("/api/v1/statuses", Map.of("status", "n" + i));
        }
        assertThat(client().get("/api/v1/accounts/" + alice.idString() + "/statuses?limit=80")
                        .json()
                        .size())
                .isEqualTo(40);
        assertThat(client().get("/api/v1/accounts/" + alice.idString() + "/statuses")
                        .json()
                        .size())
                .isEqualTo(20);
    }

    @Test
    void homeTimelineReceivesAFollowedAccountsPostAfterFanOut() throws Exception {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        fixtures.follow(bob, alice);
        String id = client(alice.token())
                .postForm("/api/v1/statuses", Map.of("status", "hello followers"))
                .json()
                .get("id")
                .asString();
        // The worker fans out right after commit; within one second the follower has it.
        long deadline = System.currentTimeMillis() + 1000;
        List<String> home = List.of();
        while (System.currentTimeMillis() < deadline && !home.contains(id)) {
            home = ids(client(bob.token()).get("/api/v1/timelines/home").json());
            Thread.sleep(20);
        }
        assertThat(home).contains(id);
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }
}
