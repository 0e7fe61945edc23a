package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

class StatusesApiTest extends ApiTest {

    @Test
    void postsAStatusWithMentionsTagsAndLinksRenderedAsMastodonDoes() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        var r = client(alice.token())
                .postJson(
                        "/api/v1/statuses",
                        Map.of(
                                "status",
                                        "Hi @" + bob.username()
                                                + " see https://example.org/a/very/long/path/indeed #Junto <b>x</b>",
                                "visibility", "public",
                                "language", "en"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("id").isString()).isTrue();
        assertThat(s.get("visibility").asString()).isEqualTo("public");
        assertThat(s.get("language").asString()).isEqualTo("en");
        assertThat(s.get("account").get("username").asString()).isEqualTo(alice.username());
        assertThat(s.get("mentions").get(0).get("id").asString()).isEqualTo(bob.idString());
        assertThat(s.get("mentions").get(0).get("acct").asString()).isEqualTo(bob.username());
        assertThat(s.get("tags").get(0).get("name").asString()).isEqualTo("junto");
        String content = s.get("content").asString();
        assertThat(content).startsWith("<p>").endsWith("</p>");
        assertThat(content)
                .contains("class=\"u-url mention\"", "class=\"mention hashtag\"", "rel=\"nofollow noopener\"");
        assertThat(content).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>");
        assertThat(s.get("favourited").asBoolean()).isFalse();
        assertThat(s.has("media_attachments")).isTrue();
        assertThat(s.get("url").asString())
                .isEqualTo("https://junto.test/@" + alice.username() + "/"
                        + s.get("id").asString());
    }

    @Test
    void countsUrlsAsTwentyThreeCharactersAgainstTheLimit() {
        var alice = fixtures.user("alice");
        String url = "https://example.org/" + "x".repeat(200);
        String fits = "a".repeat(500 - 23 - 1) + " " + url;
        assertThat(client(alice.token())
                        .postForm("/api/v1/statuses", Map.of("status", fits))
                        .status())
                .isEqualTo(200);
        var tooLong = client(alice.token()).postForm("/api/v1/statuses", Map.of("status", fits + "!"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("error").asString()).contains("500");
    }

    @Test
    void rejectsBlankStatusAndBadVisibilityWith422() {
        var alice = fixtures.user("alice");
        assertThat(client(alice.token())
                        .postForm("/api/v1/statuses", Map.of("status", "  "))
                        .status())
                .isEqualTo(422);
        assertThat(client(alice.token())
                        .postForm("/api/v1/statuses", Map.of("status", "x", "visibility", "everyone"))
                        .status())
                .isEqualTo(422);
        assertThat(client(alice.token())
                        .postJson("/api/v1/statuses", "{not json")
                        .status())
                .isEqualTo(400);
        assertThat(client().postForm("/api/v1/statuses", Map.of("status", "x")).status())
                .isEqualTo(401);
    }

    @Test
    void idempotencyKeyReturnsTheFirstStatus() {
        var alice = fixtures.user("alice");
        var c = client(alice.token()).header("Idempotency-Key", "key-1");
        String first = c.postForm("/api/v1/statuses", Map.of("status", "once"))
                .json()
                .get("id")
                .asString();
        String second = c.postForm("/api/v1/statuses", Map.of("status", "once"))
                .json()
                .get("id")
                .asString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void threadContextEditHistorySourceAndDelete() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        String root = post(alice.token(), Map.of("status", "root")).get("id").asString();
        String reply = post(bob.token(), Map.of("status", "reply", "in_reply_to_id", root))
                .get("id")
                .asString();
        String deeper = post(alice.token(), Map.of("status", "deeper", "in_reply_to_id", reply))
                .get("id")
                .asString();

        JsonNode context = client(bob.token())
                .get("/api/v1/statuses/" + reply + "/context")
                .json();
        assertThat(context.get("ancestors").get(0).get("id").asString()).isEqualTo(root);
        assertThat(context.get("descendants").get(0).get("id").asString()).isEqualTo(deeper);

        var edited = client(alice.token()).putJson("/api/v1/statuses/" + root, Map.of("status", "root, edited #tag"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("edited_at").isNull()).isFalse();
        assertThat(edited.json().get("tags").get(0).get("name").asString()).isEqualTo("tag");
        JsonNode history =
                client(bob.token()).get("/api/v1/statuses/" + root + "/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("content").asString()).isEqualTo("<p>root</p>");
        assertThat(client(alice.token())
                        .get("/api/v1/statuses/" + root + "/source")
                        .json()
                        .get("text")
                        .asString())
                .isEqualTo("root, edited #tag");
        assertThat(client(bob.token())
                        .putJson("/api/v1/statuses/" + root, Map.of("status", "hijack"))
                        .status())
                .isEqualTo(404);

        var deleted = client(alice.token()).delete("/api/v1/statuses/" + root);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("text").asString()).isEqualTo("root, edited #tag");
        assertThat(client(alice.token()).get("/api/v1/statuses/" + root).status())
                .isEqualTo(404);
        assertThat(client(bob.token()).get("/api/v1/statuses/" + reply).status())
                .isEqualTo(200);
    }

    @Test
    void favouriteBoostBookmarkAndPinAreIdempotentAndCounted() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        String id = post(alice.token(), Map.of("status", "like me")).get("id").asString();
        var bobClient = client(bob.token());
        bobClient.post("/api/v1/statuses/" + id + "/favourite");
        JsonNode fav = bobClient.post("/api/v1/statuses/" + id + "/favourite").json();
        assertThat(fav.get("favourited").asBoolean()).isTrue();
        assertThat(fav.get("favourites_count").asLong()).isEqualTo(1);

        JsonNode boost = bobClient.post("/api/v1/statuses/" + id + "/reblog").json();
        assertThat(boost.get("reblog").get("id").asString()).isEqualTo(id);
        assertThat(boost.get("reblog").get("reblogged").asBoolean()).isTrue();
        assertThat(bobClient
                        .post("/api/v1/statuses/" + id + "/reblog")
                        .json()
                        .get("id")
                        .asString())
                .isEqualTo(boost.get("id").asString());
        assertThat(bobClient
                        .get("/api/v1/statuses/" + id)
                        .json()
                        .get("reblogs_count")
                        .asLong())
                .isEqualTo(1);

        assertThat(client(alice.token())
                        .get("/api/v1/statuses/" + id + "/favourited_by")
                        .json()
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(bob.idString());
        assertThat(client(alice.token())
                        .get("/api/v1/statuses/" + id + "/reblogged_by")
                        .json()
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(bob.idString());

        assertThat(bobClient
                        .post("/api/v1/statuses/" + id + "/bookmark")
                        .json()
                        .get("bookmarked")
                        .asBoolean())
                .isTrue();
        assertThat(bobClient.get("/api/v1/bookmarks").json().get(0).get("id").asString())
                .isEqualTo(id);
        assertThat(bobClient.get("/api/v1/favourites").json().get(0).get("id").asString())
                .isEqualTo(id);

        assertThat(client(alice.token())
                        .post("/api/v1/statuses/" + id + "/pin")
                        .json()
                        .get("pinned")
                        .asBoolean())
                .isTrue();
        assertThat(bobClient.post("/api/v1/statuses/" + id + "/pin").status()).isEqualTo(404);
        assertThat(client().get("/api/v1/accounts/" + alice.idString() + "/statuses?pinned=true")
                        .json()
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(id);

        JsonNode unboosted =
                bobClient.post("/api/v1/statuses/" + id + "/unreblog").json();
        assertThat(unboosted.get("reblogged").asBoolean()).isFalse();
        assertThat(bobClient
                        .post("/api/v1/statuses/" + id + "/unfavourite")
                        .json()
                        .get("favourites_count")
                        .asLong())
                .isZero();
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        var alice = fixtures.user("alice");
        assertThat(client(alice.token()).get("/api/v1/statuses/123").status()).isEqualTo(404);
        assertThat(client(alice.token()).get("/api/v1/statuses/abc").status()).isEqualTo(404);
        assertThat(client(alice.token())
                        .get("/api/v1/statuses/abc")
                        .json()
                        .get("error")
                        .asString())
                .isEqualTo("Record not found");
        assertThat(client(alice.token()).post("/api/v1/statuses/99/favourite").status())
                .isEqualTo(404);
    }

    private JsonNode post(String token, Map<String, String> form) {
        var r = client(token).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
