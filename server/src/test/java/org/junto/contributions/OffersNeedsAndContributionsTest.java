package org.junto.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.cli.JuntoCommand;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** Offers and needs met through #accept, the contributions they and other interactions leave, and the rebuild. */
class OffersNeedsAndContributionsTest extends ApiTest {
    @Autowired
    Environment environment;

    @Autowired
    JdbcClient db;

    private JsonNode post(TestUser author, String text, String inReplyTo) {
        var form = inReplyTo == null ? Map.of("status", text) : Map.of("status", text, "in_reply_to_id", inReplyTo);
        var r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void acceptingANeedMakesATaskForTheHelperAndDoingItFulfilsTheNeedAndCreditsTheHelper() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        String topic = "ladders" + ana.id();
        JsonNode need = post(ana, "#need a tall ladder for Saturday #" + topic + " #Garden", null);
        post(ben, "I need nothing, just chatting #" + topic, null);
        fixtures.drainJobs();
        JsonNode list = client().get("/api/junto/v1/offers_needs?kind=need&topic=%23" + topic)
                .json();
        assertThat(list.size()).isOne();
        JsonNode item = list.get(0);
        assertThat(item.get("title").asString()).isEqualTo("a tall ladder for Saturday #" + topic + " #Garden");
        assertThat(item.get("topics").valueStream().map(JsonNode::asString)).containsExactly("garden", topic);
        assertThat(item.get("state").asString()).isEqualTo("open");

        JsonNode accept = post(
                ben,
                "@" + ana.username() + " #accept I have one",
                need.get("id").asString());
        fixtures.drainJobs();
        JsonNode accepted = client(ana.token())
                .get("/api/junto/v1/offers_needs/" + item.get("id").asString())
                .json();
        assertThat(accepted.get("state").asString()).isEqualTo("accepted");
        assertThat(accepted.get("helper_id").asString()).isEqualTo(ben.idString());
        JsonNode task = client(ana.token())
                .get("/api/junto/v1/tasks/" + accepted.get("task_id").asString())
                .json();
        assertThat(task.get("assignees").get(0).get("id").asString()).isEqualTo(ben.idString());
        assertThat(task.get("creator").get("id").asString()).isEqualTo(ana.idString());
        assertThat(task.get("status_id").asString()).isEqualTo(accept.get("id").asString());

        post(ana, "#accept me too", need.get("id").asString()); // own need: refused, post kept
        post(
                ben,
                "#done #thanks @" + ana.username() + " for the tea",
                accept.get("id").asString());
        fixtures.drainJobs();
        assertThat(client().get("/api/junto/v1/offers_needs/" + item.get("id").asString())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("fulfilled");

        Map<String, Long> counts = countsOf(ben);
        assertThat(counts)
                .containsEntry("need_met", 1L)
                .containsEntry("task_done", 1L)
                .containsEntry("thanks", 1L);
        assertThat(counts.get("post") + counts.get("reply")).isEqualTo(3L);
        JsonNode collaborators = client().get("/api/junto/v1/accounts/" + ben.idString() + "/collaborators")
                .json();
        assertThat(collaborators.get(0).get("account").get("id").asString()).isEqualTo(ana.idString());
        assertThat(collaborators.get(0).get("given").asDouble())
                .isGreaterThan(collaborators.get(0).get("received").asDouble());
        assertThat(collaborators.get(0).get("reciprocity").asDouble()).isBetween(0.0, 1.0);

        JsonNode calendar = client().get("/api/junto/v1/accounts/" + ben.idString() + "/contributions/calendar?days=7")
                .json();
        assertThat(calendar.size()).isEqualTo(7);
        assertThat(calendar.get(6).get("count").asLong())
                .isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
        assertThat(client().get("/api/junto/v1/accounts/" + ben.idString() + "/contributions/calendar?days=0")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void favouritesAndBoostsCountAndTheRebuildCommandGivesTheSameStrengths() {
        TestUser x = fixtures.user("x");
        TestUser y = fixtures.user("y");
        JsonNode p = post(x, "hello", null);
        client(y.token()).post("/api/v1/statuses/" + p.get("id").asString() + "/favourite");
        client(y.token()).post("/api/v1/statuses/" + p.get("id").asString() + "/reblog");
        post(y, "@" + x.username() + " hi back", p.get("id").asString());
        post(x, "#thanks @" + y.username(), null);
        fixtures.drainJobs();
        assertThat(countsOf(y))
                .containsEntry("favourite", 1L)
                .containsEntry("boost", 1L)
                .containsEntry("reply", 1L);
        JsonNode before = client().get("/api/junto/v1/accounts/" + y.idString() + "/collaborators")
                .json()
                .get(0);
        assertThat(before.get("strength").asDouble()).isCloseTo(0.5 + 1 + 1 + 2, within(0.01));

        db.sql("DELETE FROM relationship_weights").update();
        assertThat(client().get("/api/junto/v1/accounts/" + y.idString() + "/collaborators")
                        .json()
                        .size())
                .isZero();
        System.setProperty("junto.database-url", environment.getProperty("junto.database-url"));
        System.setProperty("junto.data-dir", environment.getProperty("junto.data-dir"));
        try {
            assertThat(new CommandLine(new JuntoCommand()).execute("admin", "rebuild-contributions"))
                    .isZero();
        } finally {
            System.clearProperty("junto.database-url");
            System.clearProperty("junto.data-dir");
        }
        JsonNode after = client().get("/api/junto/v1/accounts/" + y.idString() + "/collaborators")
                .json()
                .get(0);
        assertThat(after.get("account").get("id").asString()).isEqualTo(x.idString());
        for (String figure : new String[] {"strength", "given", "received", "reciprocity"}) {
            assertThat(after.get(figure).asDouble())
                    .as(figure)
                    .isCloseTo(before.get(figure).asDouble(), within(0.0002));
        }
    }

    private Map<String, Long> countsOf(TestUser user) {
        JsonNode counts = client().get("/api/junto/v1/accounts/" + user.idString() + "/contributions")
                .json()
                .get("counts");
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }
}
