package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

/** The instance documents and the start-up lists every Mastodon client loads. */
class InstanceApiTest extends ApiTest {

    @Test
    void v2DescribesTheServer() {
        fixtures.user("counted");

        var r = client().get("/api/v2/instance");

        assertThat(r.status()).isEqualTo(200);
        JsonNode i = r.json();
        assertThat(i.get("domain").asString()).isEqualTo("junto.test");
        assertThat(i.get("title").asString()).isEqualTo("Junto");
        assertThat(i.get("version").asString()).isEqualTo("4.3.0 (compatible; Junto 0.1.0)");
        assertThat(i.get("source_url").asString()).isNotBlank();
        assertThat(i.get("description").asString()).isNotBlank();
        assertThat(i.get("usage").get("users").get("active_month").asLong()).isPositive();
        assertThat(i.get("thumbnail").get("url").asString()).isEqualTo("https://junto.test/images/preview.png");
        assertThat(i.get("languages").toString()).isEqualTo("[\"en\"]");
        JsonNode config = i.get("configuration");
        assertThat(config.get("urls").get("streaming").asString()).isEqualTo("wss://junto.test");
        assertThat(config.get("statuses").get("max_characters").asInt()).isEqualTo(500);
        assertThat(config.get("statuses").get("max_media_attachments").asInt()).isEqualTo(4);
        assertThat(config.get("statuses").get("characters_reserved_per_url").asInt())
                .isEqualTo(23);
        assertThat(config.get("accounts").get("max_featured_tags").asInt()).isEqualTo(10);
        assertThat(config.get("media_attachments").get("supported_mime_types").isArray())
                .isTrue();
        assertThat(config.get("polls").get("max_options").asInt()).isEqualTo(4);
        assertThat(config.get("translation").get("enabled").asBoolean()).isFalse();
        assertThat(i.get("registrations").get("enabled").asBoolean()).isTrue();
        assertThat(i.get("registrations").get("approval_required").asBoolean()).isFalse();
        assertThat(i.get("registrations").has("message")).isTrue();
        assertThat(i.get("contact").has("email")).isTrue();
        assertThat(i.get("contact").has("account")).isTrue();
        assertThat(i.get("rules").isArray()).isTrue();
        assertThat(i.get("api_versions").get("mastodon").asInt()).isEqualTo(2);
    }

    @Test
    void v1KeepsTheDeprecatedShape() {
        fixtures.user("counted");

        var r = client().get("/api/v1/instance");

        assertThat(r.status()).isEqualTo(200);
        JsonNode i = r.json();
        assertThat(i.get("uri").asString()).isEqualTo("junto.test");
        assertThat(i.get("title").asString()).isEqualTo("Junto");
        assertThat(i.get("short_description").isString()).isTrue();
        assertThat(i.get("description").isString()).isTrue();
        assertThat(i.get("email").isString()).isTrue();
        assertThat(i.get("version").asString()).startsWith("4.3.0");
        assertThat(i.get("urls").get("streaming_api").asString()).isEqualTo("wss://junto.test");
        assertThat(i.get("stats").get("user_count").asLong()).isPositive();
        assertThat(i.get("stats").get("status_count").asLong()).isNotNegative();
        assertThat(i.get("stats").get("domain_count").asLong()).isZero();
        assertThat(i.get("thumbnail").asString()).startsWith("https://junto.test/");
        assertThat(i.get("registrations").asBoolean()).isTrue();
        assertThat(i.get("approval_required").asBoolean()).isFalse();
        assertThat(i.get("invites_enabled").asBoolean()).isFalse();
        JsonNode config = i.get("configuration");
        assertThat(config.get("statuses").get("max_characters").asInt()).isEqualTo(500);
        assertThat(config.get("media_attachments").get("image_size_limit").asLong())
                .isPositive();
        assertThat(config.get("polls").get("max_expiration").asLong()).isPositive();
        assertThat(config.get("accounts").get("max_featured_tags").asInt()).isEqualTo(10);
        assertThat(i.has("contact_account")).isTrue();
        assertThat(i.get("rules").isArray()).isTrue();
    }

    @Test
    void theThumbnailIsServed() {
        var r = client().get("/images/preview.png");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void peersActivityAndRulesAreEmptyLists() {
        for (String path :
                new String[] {"/api/v1/instance/peers", "/api/v1/instance/activity", "/api/v1/instance/rules"}) {
            var r = client().get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo("[]");
        }
    }

    @Test
    void preferencesComeFromTheUsersDefaults() {
        var alice = fixtures.user("alice");

        var r = client(alice.token()).get("/api/v1/preferences");

        assertThat(r.status()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.get("posting:default:visibility").asString()).isEqualTo("public");
        assertThat(p.get("posting:default:sensitive").asBoolean()).isFalse();
        assertThat(p.get("posting:default:language").isNull()).isTrue();
        assertThat(p.get("reading:expand:media").asString()).isEqualTo("default");
        assertThat(p.get("reading:expand:spoilers").asBoolean()).isFalse();
        assertThat(client().get("/api/v1/preferences").status()).isEqualTo(401);
    }

    @Test
    void startUpListsAreEmptyForNow() {
        var alice = fixtures.user("alice");
        String[] userLists = {
            "/api/v1/filters", "/api/v2/filters", "/api/v1/announcements", "/api/v1/lists", "/api/v1/followed_tags"
        };
        for (String path : userLists) {
            var r = client(alice.token()).get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo("[]");
            assertThat(r.header("Link")).as(path).isNull();
            assertThat(client().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(client().get("/api/v1/custom_emojis").body()).isEqualTo("[]");
    }
}
