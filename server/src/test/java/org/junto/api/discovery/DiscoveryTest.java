package org.junto.api.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import tools.jackson.databind.JsonNode;

/** host-meta, WebFinger and NodeInfo. */
class DiscoveryTest extends ApiTest {

    @Test
    void hostMetaPointsAtWebfinger() {
        var r = client().get("/.well-known/host-meta");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/xrd+xml");
        assertThat(r.body())
                .contains("<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">")
                .contains("<Link rel=\"lrdd\" template=\"https://junto.test/.well-known/webfinger?resource={uri}\"/>");
    }

    @Test
    void webfingerFindsLocalAccounts() {
        var alice = fixtures.user("alice");

        var r = client().get("/.well-known/webfinger?resource=acct:" + alice.username() + "@junto.test");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/jrd+json");
        JsonNode jrd = r.json();
        assertThat(jrd.get("subject").asString()).isEqualTo("acct:" + alice.username() + "@junto.test");
        String self = null;
        String profile = null;
        for (JsonNode link : jrd.get("links")) {
            if (link.get("rel").asString().equals("self")) {
                assertThat(link.get("type").asString()).isEqualTo("application/activity+json");
                self = link.get("href").asString();
            }
            if (link.get("rel").asString().equals("http://webfinger.net/rel/profile-page")) {
                profile = link.get("href").asString();
            }
        }
        assertThat(self).isEqualTo("https://junto.test/users/" + alice.username());
        assertThat(profile).isEqualTo("https://junto.test/@" + alice.username());
        assertThat(client().get("/.well-known/webfinger?resource=https://junto.test/users/" + alice.username())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void webfingerAnswers404ForUnknownOrRemoteAccountsAnd400WithoutResource() {
        var alice = fixtures.user("alice");

        assertThat(client().get("/.well-known/webfinger?resource=acct:nobody_here@junto.test")
                        .status())
                .isEqualTo(404);
        assertThat(client().get("/.well-known/webfinger?resource=acct:" + alice.username() + "@elsewhere.example")
                        .status())
                .isEqualTo(404);
        assertThat(client().get("/.well-known/webfinger").status()).isEqualTo(400);
    }

    @Test
    void nodeinfoIsLinkedAndDescribesTheServer() {
        fixtures.user("counted");

        var links = client().get("/.well-known/nodeinfo");
        var doc = client().get("/nodeinfo/2.0");

        assertThat(links.status()).isEqualTo(200);
        JsonNode link = links.json().get("links").get(0);
        assertThat(link.get("rel").asString()).isEqualTo("http://nodeinfo.diaspora.software/ns/schema/2.0");
        assertThat(link.get("href").asString()).isEqualTo("https://junto.test/nodeinfo/2.0");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.header("Content-Type")).startsWith("application/json");
        JsonNode n = doc.json();
        assertThat(n.get("version").asString()).isEqualTo("2.0");
        assertThat(n.get("software").get("name").asString()).isEqualTo("junto");
        assertThat(n.get("software").get("version").asString()).isEqualTo("0.1.0");
        assertThat(n.get("protocols").isArray()).isTrue();
        assertThat(n.get("usage").get("users").get("total").asLong()).isPositive();
        assertThat(n.get("usage").get("localPosts").asLong()).isNotNegative();
        assertThat(n.get("openRegistrations").asBoolean()).isTrue();
    }
}
