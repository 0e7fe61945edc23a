package org.junto.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junto.testing.Fixtures.TestUser;
import tools.jackson.databind.JsonNode;

/** Groups and organizations made through the Junto API, as a client makes them. */
public final class GroupFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final ApiTest test;

    public GroupFixtures(ApiTest test) {
        this.test = test;
    }

    /** A group owned by {@code owner}; {@code privacy} is public, closed or secret. Returns its entity. */
    public JsonNode group(TestUser owner, String name, String privacy) {
        return create(owner, "/api/junto/v1/groups", name, privacy, null);
    }

    public JsonNode groupOf(TestUser owner, String name, String privacy, String organizationId) {
        return create(owner, "/api/junto/v1/groups", name, privacy, organizationId);
    }

    public JsonNode organization(TestUser owner, String name, String privacy) {
        return create(owner, "/api/junto/v1/organizations", name, privacy, null);
    }

    private JsonNode create(TestUser owner, String path, String name, String privacy, String organizationId) {
        String handle = name + SEQUENCE.incrementAndGet() + "_" + (System.nanoTime() % 100000);
        var body = new java.util.HashMap<String, String>(
                Map.of("handle", handle, "display_name", name, "privacy", privacy, "rules", "Be kind."));
        if (organizationId != null) {
            body.put("organization_id", organizationId);
        }
        var r = test.client(owner.token()).postJson(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** {@code user} joins through the Junto API; returns the state ("member" or "requested"). */
    public String join(TestUser user, String kindPath, String id) {
        var r = test.client(user.token()).post("/api/junto/v1/" + kindPath + "/" + id + "/join");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("state").asString();
    }

    /** Makes {@code user} a member of any group: invited by the owner, then joining. */
    public void admit(TestUser owner, TestUser user, String kindPath, String id) {
        var r = test.client(owner.token())
                .postJson(
                        "/api/junto/v1/" + kindPath + "/" + id + "/invitations", Map.of("account_id", user.idString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(join(user, kindPath, id)).isEqualTo("member");
    }

    /** The {@code id} of each entity in a JSON array, in order. */
    public static java.util.List<String> ids(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }
}
