package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

class SearchAndTrendsTest extends ApiTest {

    @Test
    void searchesAccountsHashtagsAndVisibleStatuses() {
        var alice = fixtures.user("searchalice");
        var bob = fixtures.user("bob");
        client(alice.token()).postForm("/api/v1/statuses", Map.of("status", "planting trees #Greening" + alice.id()));
        client(alice.token())
                .postForm("/api/v1/statuses", Map.of("status", "secret trees plan", "visibility", "private"));
        JsonNode r =
                client(bob.token()).get("/api/v2/search?q=" + alice.username()).json();
        assertThat(r.get("accounts").get(0).get("id").asString()).isEqualTo(alice.idString());
        JsonNode tags = client(bob.token())
                .get("/api/v2/search?type=hashtags&q=%23greening" + alice.id())
                .json();
        assertThat(tags.get("hashtags").get(0).get("name").asString()).isEqualTo("greening" + alice.id());
        JsonNode statuses = client(bob.token())
                .get("/api/v2/search?type=statuses&q=trees")
                .json()
                .get("statuses");
        assertThat(statuses.toString()).contains("planting trees").doesNotContain("secret trees");
        assertThat(client(bob.token()).get("/api/v2/search?q=").status()).isEqualTo(422);
    }

    @Test
    void trendingTagsRankByDistinctAccountsWithHistory() {
        var a = fixtures.user("a");
        var b = fixtures.user("b");
        String hot = "hot" + a.id();
        client(a.token()).postForm("/api/v1/statuses", Map.of("status", "#" + hot));
        client(b.token()).postForm("/api/v1/statuses", Map.of("status", "#" + hot));
        JsonNode trends = client().get("/api/v1/trends/tags?limit=20").json();
        JsonNode entry = null;
        for (JsonNode t : trends) {
            if (t.get("name").asString().equals(hot)) {
                entry = t;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("history").get(0).get("accounts").asString()).isEqualTo("2");
        assertThat(entry.get("history").size()).isEqualTo(7);
        assertThat(client().get("/api/v1/tags/" + hot).json().get("name").asString())
                .isEqualTo(hot);
        // As Mastodon: any valid hashtag answers, used or not; a name that cannot be a hashtag is not found.
        assertThat(client().get("/api/v1/tags/unused" + a.id())
                        .json()
                        .get("history")
                        .size())
                .isEqualTo(7);
        assertThat(client().get("/api/v1/tags/not-a-tag").status()).isEqualTo(404);
    }
}
