package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;

class ErrorShapeTest extends ApiTest {

    @Test
    void unknownApiPathsAnswerMastodonsErrorShape() {
        var r = client().get("/api/v1/no/such/thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asString()).isNotBlank();
    }

    @Test
    void invalidTokenIs401WithErrorBody() {
        var r = client("not-a-token").get("/api/v1/timelines/public");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asString()).isEqualTo("The access token is invalid");
    }

    @Test
    void readOnlyTokenCannotWrite() {
        var alice = fixtures.user("alice");
        String readOnly = fixtures.tokenFor(alice, "read");
        var r = client(readOnly).postForm("/api/v1/statuses", java.util.Map.of("status", "x"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(client(readOnly).get("/api/v1/timelines/home").status()).isEqualTo(200);
    }

    @Test
    void defaultAvatarIsAPng() {
        var alice = fixtures.user("alice");
        String avatar = client().get("/api/v1/accounts/" + alice.idString())
                .json()
                .get("avatar")
                .asString();
        assertThat(avatar).endsWith(".png");
        var r = client().get(avatar.replace("https://junto.test", ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("image/png");
    }
}
