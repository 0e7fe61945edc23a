package org.junto.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;

/** Clients put parameters in JSON, forms or the query string, and read links back: all are honoured alike. */
class ParameterFormsTest extends ApiTest {

    @Test
    void profileFieldsAndBooleansComeAsJsonOrAsForm() {
        var alice = fixtures.user("alice");
        var json = client(alice.token())
                .patchJson(
                        "/api/v1/accounts/update_credentials",
                        Map.of(
                                "fields_attributes",
                                List.of(Map.of("name", "Site", "value", "junto.test"), Map.of("name", "Pronouns")),
                                "locked",
                                "1"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("locked").asBoolean()).isTrue();
        assertThat(json.json().get("fields").get(0).get("name").asString()).isEqualTo("Site");
        assertThat(json.json().get("fields").get(1).get("name").asString()).isEqualTo("Pronouns");
        assertThat(json.json().get("fields").get(1).get("value").asString()).isEmpty();

        var form = client(alice.token())
                .patchForm(
                        "/api/v1/accounts/update_credentials",
                        Map.of(
                                "fields_attributes[0][name]",
                                "Home",
                                "fields_attributes[0][value]",
                                "here",
                                "locked",
                                "false"));
        assertThat(form.json().get("locked").asBoolean()).isFalse();
        assertThat(form.json().get("fields").size()).isEqualTo(1);
        assertThat(form.json().get("fields").get(0).get("value").asString()).contains("here");
    }

    @Test
    void timelineLinksKeepTheFiltersAndUseThePublicHost() {
        var alice = fixtures.user("alice");
        for (int i = 0; i < 3; i++) {
            client(alice.token()).postForm("/api/v1/statuses", Map.of("status", "local " + i));
        }
        var page = client().get("/api/v1/timelines/public?local=true&limit=2");
        String link = page.header("Link");
        assertThat(link).startsWith("<https://junto.test/api/v1/timelines/public?");
        assertThat(link).contains("local=true").contains("limit=2").contains("rel=\"next\"");
        assertThat(link)
                .contains("rel=\"prev\"")
                .contains("min_id=" + page.json().get(0).get("id").asString());
    }

    @Test
    void favouritedByLinksNextOnlyAfterAFullPage() {
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        String id = client(alice.token())
                .postForm("/api/v1/statuses", Map.of("status", "like me"))
                .json()
                .get("id")
                .asString();
        client(bob.token()).post("/api/v1/statuses/" + id + "/favourite");

        var partial = client(alice.token()).get("/api/v1/statuses/" + id + "/favourited_by?limit=2");
        assertThat(partial.json().get(0).get("id").asString()).isEqualTo(bob.idString());
        assertThat(partial.header("Link")).doesNotContain("rel=\"next\"").contains("since_id=");

        var full = client(alice.token()).get("/api/v1/statuses/" + id + "/favourited_by?limit=1");
        assertThat(full.header("Link")).contains("max_id=").contains("rel=\"next\"");
    }
}
