package org.junto.api.junto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.api.mastodon.ApiParams;
import org.junto.testing.ApiTest;
import org.junto.testing.GroupFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The Junto API's conventions: problem details, authentication, pagination, and its OpenAPI document. */
class JuntoApiTest extends ApiTest {

    @Test
    void errorsAreProblemDetails() {
        var alice = fixtures.user("alice");
        var r = client(alice.token()).postJson("/api/junto/v1/groups", Map.of("handle", "not a handle!"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(422);
        assertThat(r.json().get("title").asString()).isEqualTo("Unprocessable Content");
        assertThat(r.json().get("detail").asString()).contains("handle");

        var missing = client(alice.token()).get("/api/junto/v1/groups/123456789");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Record not found");
    }

    @Test
    void writesNeedATokenWithWriteScope() {
        assertThat(client().postJson("/api/junto/v1/groups", Map.of("handle", "nobody"))
                        .status())
                .isEqualTo(401);
        var bob = fixtures.user("bob");
        String readOnly = fixtures.tokenFor(bob, "read");
        var r = client(readOnly).postJson("/api/junto/v1/groups", Map.of("handle", "bobs" + bob.id() % 100000));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void handlesShareTheAccountNamespace() {
        var carol = fixtures.user("carol");
        var r = client(carol.token()).postJson("/api/junto/v1/groups", Map.of("handle", carol.username()));
        assertThat(r.status()).isEqualTo(409);
        var group = new GroupFixtures(this).group(carol, "carolsgroup", "public");
        String handle = group.get("handle").asString();
        var again = client(carol.token()).postJson("/api/junto/v1/organizations", Map.of("handle", handle));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void directoryPagesWithLinkHeaders() {
        var dave = fixtures.user("dave");
        var groups = new GroupFixtures(this);
        for (int i = 0; i < 3; i++) {
            groups.group(dave, "dir", "public");
        }
        var first = client(dave.token()).get("/api/junto/v1/groups?member=true&limit=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().size()).isEqualTo(2);
        String next = org.junto.testing.Links.parse(first.header("Link")).get("next");
        assertThat(next).contains("member=true").contains("max_id=");
        var second = client(dave.token()).get(next);
        assertThat(second.json().size()).isEqualTo(1);
        assertThat(second.json().get(0).get("membership").get("role").asString())
                .isEqualTo("owner");
    }

    @Test
    void openApiDocumentListsTheJuntoPaths() {
        var r = client().get("/api/junto/v1/openapi.json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var paths = r.json().get("paths");
        assertThat(paths.has("/api/junto/v1/groups")).isTrue();
        assertThat(paths.has("/api/junto/v1/groups/{id}/members")).isTrue();
        assertThat(paths.has("/api/junto/v1/groups/{id}/statuses/{statusId}")).isTrue();
        assertThat(paths.has("/api/junto/v1/organizations/{id}/join_requests")).isTrue();
        assertThat(paths.has("/api/junto/v1/invite_links/{code}/accept")).isTrue();
        assertThat(paths.has("/api/v1/statuses"))
                .as("Mastodon's API is not ours to describe")
                .isFalse();
        assertThat(r.json().get("info").get("title").asString()).isEqualTo("Junto API");
        var join = paths.get("/api/junto/v1/groups/{id}/join").get("post");
        assertThat(join.get("parameters").toString())
                .as("who calls is not a parameter")
                .doesNotContain("caller");
        var group = r.json()
                .get("components")
                .get("schemas")
                .get("CollectiveEntity")
                .get("properties");
        assertThat(group.has("members_count"))
                .as("schemas use the JSON's snake_case names")
                .isTrue();
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void openApiDocumentDescribesTheParametersReadThroughApiParams() {
        var paths = client().get("/api/junto/v1/openapi.json").json().get("paths");
        JsonNode members = paths.get("/api/junto/v1/groups/{id}/members").get("get");
        assertThat(names(members.get("parameters"))).contains("id", "max_id", "since_id", "min_id", "limit");
        JsonNode directory = paths.get("/api/junto/v1/groups").get("get");
        assertThat(names(directory.get("parameters"))).contains("member", "organization_id", "limit");
        JsonNode delete = paths.get("/api/junto/v1/groups/{id}").get("delete");
        assertThat(names(delete.get("parameters"))).contains("confirm");
        JsonNode create = paths.get("/api/junto/v1/groups").get("post").get("requestBody");
        JsonNode form =
                create.get("content").get("application/x-www-form-urlencoded").get("schema");
        assertThat(form.get("properties").has("privacy")).isTrue();
        assertThat(form.get("required").toString()).contains("handle");
        assertThat(create.get("content").has("application/json")).isTrue();
        JsonNode role =
                paths.get("/api/junto/v1/groups/{id}/members/{accountId}").get("put");
        assertThat(role.get("requestBody")
                        .get("content")
                        .get("application/json")
                        .get("schema")
                        .get("properties")
                        .has("role"))
                .isTrue();
        assertThat(names(paths.get("/api/junto/v1/groups/{id}/bans").get("get").get("parameters")))
                .contains("max_id", "limit");

        var undocumented = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/junto/")))
                .filter(e -> java.util.Arrays.stream(e.getValue().getMethodParameters())
                        .anyMatch(p -> p.getParameterType() == ApiParams.class))
                .filter(e -> !e.getValue().hasMethodAnnotation(Params.class))
                .map(e -> e.getValue().toString())
                .toList();
        assertThat(undocumented)
                .as("every Junto API handler that reads ApiParams says which, with @Params")
                .isEmpty();
    }

    private static java.util.List<String> names(JsonNode parameters) {
        return parameters == null ? java.util.List.of() : parameters.findValuesAsString("name");
    }
}
