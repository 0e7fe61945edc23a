package org.junto.timelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;

/** A follow limited to some languages (Mastodon's follow {@code languages[]}) filters what reaches the home feed. */
class FollowLanguagesTest extends ApiTest {

    @Test
    void onlyPostsInTheChosenLanguagesComeHome() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var follow = client(bob.token())
                .postJson("/api/v1/accounts/" + alice.idString() + "/follow", Map.of("languages", List.of("de")));
        assertThat(follow.status()).as(follow.toString()).isEqualTo(200);

        String german = post(alice, "Guten Morgen", "de");
        String english = post(alice, "Good morning", "en");
        String boost = client(alice.token())
                .post("/api/v1/statuses/" + english + "/reblog")
                .json()
                .get("id")
                .asString();
        fixtures.drainJobs();

        List<String> home = new ArrayList<>();
        client(bob.token())
                .get("/api/v1/timelines/home")
                .json()
                .forEach(s -> home.add(s.get("id").asString()));
        assertThat(home).contains(german, boost).doesNotContain(english);
    }

    private String post(org.junto.testing.Fixtures.TestUser who, String text, String language) {
        return client(who.token())
                .postForm("/api/v1/statuses", Map.of("status", text, "language", language))
                .json()
                .get("id")
                .asString();
    }
}
