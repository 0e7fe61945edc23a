package org.junto.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.cli.JuntoCommand;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The posts, followers and following an account shows are stored counters (decision 0020): they must stay equal to
 * the rows they count through every write that changes those rows, and the recount command repairs them.
 */
class AccountCountersTest extends ApiTest {
    @Autowired
    JdbcClient db;

    @Autowired
    Environment environment;

    private record Counts(long statuses, long followers, long following) {}

    private Counts counts(TestUser user) {
        var r = client().get("/api/v1/accounts/" + user.idString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode a = r.json();
        return new Counts(
                a.get("statuses_count").asLong(),
                a.get("followers_count").asLong(),
                a.get("following_count").asLong());
    }

    private String post(TestUser author, String text) {
        var r = client(author.token()).postForm("/api/v1/statuses", Map.of("status", text));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asString();
    }

    private void ok(Client.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void postsBoostsFollowsAndBlocksKeepTheCountersRight() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        TestUser cy = fixtures.user("cy");
        assertThat(counts(ana)).isEqualTo(new Counts(0, 0, 0));

        ok(client(ben.token()).post("/api/v1/accounts/" + ana.idString() + "/follow"));
        ok(client(ben.token()).post("/api/v1/accounts/" + ana.idString() + "/follow"));
        ok(client(cy.token()).post("/api/v1/accounts/" + ana.idString() + "/follow"));
        String first = post(ana, "first");
        post(ana, "second");
        ok(client(ben.token()).post("/api/v1/statuses/" + first + "/reblog"));
        ok(client(ben.token()).post("/api/v1/statuses/" + first + "/reblog"));
        assertThat(counts(ana))
                .as("following twice and boosting twice count once")
                .isEqualTo(new Counts(2, 2, 0));
        assertThat(counts(ben)).as("a boost is a post").isEqualTo(new Counts(1, 0, 1));

        fixtures.drainJobs();
        JsonNode home = client(ben.token()).get("/api/v1/timelines/home").json();
        assertThat(home.get(0).get("account").get("id").asString()).isEqualTo(ben.idString());
        assertThat(home.get(0)
                        .get("reblog")
                        .get("account")
                        .get("followers_count")
                        .asLong())
                .isEqualTo(2);
        assertThat(home.get(0)
                        .get("reblog")
                        .get("account")
                        .get("statuses_count")
                        .asLong())
                .isEqualTo(2);

        ok(client(ana.token()).delete("/api/v1/statuses/" + first));
        assertThat(counts(ana)).isEqualTo(new Counts(1, 2, 0));
        assertThat(counts(ben)).as("the boost went with its status").isEqualTo(new Counts(0, 0, 1));

        ok(client(ben.token()).post("/api/v1/accounts/" + ana.idString() + "/unfollow"));
        ok(client(ben.token()).post("/api/v1/accounts/" + ana.idString() + "/unfollow"));
        assertThat(counts(ana)).isEqualTo(new Counts(1, 1, 0));
        assertThat(counts(ben)).isEqualTo(new Counts(0, 0, 0));

        ok(client(cy.token()).post("/api/v1/accounts/" + ana.idString() + "/follow"));
        ok(client(ana.token()).post("/api/v1/accounts/" + cy.idString() + "/follow"));
        assertThat(counts(cy)).isEqualTo(new Counts(0, 1, 1));
        ok(client(ana.token()).post("/api/v1/accounts/" + cy.idString() + "/block"));
        assertThat(counts(ana)).as("a block ends the follows both ways").isEqualTo(new Counts(1, 0, 0));
        assertThat(counts(cy)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void deletingAGroupTakesItsFollowsAndPostsOffTheCounters() {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Counted", "public");
        String id = group.get("id").asString();
        Counts before = counts(member);
        groups.join(member, "groups", id);
        post(member, "@" + group.get("handle").asString() + " hello group");
        fixtures.drainJobs();
        assertThat(counts(member)).isEqualTo(new Counts(before.statuses() + 1, 0, before.following() + 1));

        var done = client(owner.token())
                .delete("/api/junto/v1/groups/" + id + "?confirm="
                        + group.get("handle").asString());
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(counts(member)).isEqualTo(before);
    }

    @Test
    void theRecountCommandRepairsCountersChangedBehindTheServersBack() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        fixtures.follow(ben, ana);
        post(ana, "counted");
        db.sql("UPDATE account_stats SET statuses_count = 40, followers_count = 41 WHERE account_id = ?")
                .param(ana.id())
                .update();
        db.sql("DELETE FROM account_stats WHERE account_id = ?").param(ben.id()).update();
        assertThat(counts(ana)).isEqualTo(new Counts(40, 41, 0));
        assertThat(counts(ben)).as("no row reads as zeros").isEqualTo(new Counts(0, 0, 0));

        System.setProperty("junto.database-url", environment.getProperty("junto.database-url"));
        System.setProperty("junto.data-dir", environment.getProperty("junto.data-dir"));
        try {
            assertThat(new CommandLine(new JuntoCommand()).execute("admin", "recount-accounts"))
                    .isZero();
        } finally {
            System.clearProperty("junto.database-url");
            System.clearProperty("junto.data-dir");
        }
        assertThat(counts(ana)).isEqualTo(new Counts(1, 1, 0));
        assertThat(counts(ben)).isEqualTo(new Counts(0, 0, 1));
    }
}
