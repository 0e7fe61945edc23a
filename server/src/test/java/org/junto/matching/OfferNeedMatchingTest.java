package org.junto.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.actions.OfferNeedPosted;
import org.junto.jobs.Outbox;
import org.junto.testing.ApiTest;
import org.junto.testing.Fixtures.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Matching offers and needs through the Junto API, and the strong-match notice that is sent once. */
class OfferNeedMatchingTest extends ApiTest {
    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    private JsonNode post(TestUser author, String text, String inReplyTo) {
        var form = inReplyTo == null ? Map.of("status", text) : Map.of("status", text, "in_reply_to_id", inReplyTo);
        var r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode itemOf(TestUser viewer, JsonNode post) {
        JsonNode list = client(viewer.token())
                .get("/api/junto/v1/offers_needs?limit=40")
                .json();
        for (JsonNode item : list) {
            if (item.get("status_id").asString().equals(post.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("no offer or need for post " + post.get("id"));
    }

    private List<String> matchNotices(TestUser user) {
        List<String> out = new ArrayList<>();
        client(user.token())
                .get("/api/v1/notifications?types%5B%5D=mention&limit=40")
                .json()
                .forEach(n -> {
                    String content = n.get("status").get("content").asString();
                    if (content.contains("strong match")) {
                        out.add(content);
                    }
                });
        return out;
    }

    @Test
    void aNeedIsMatchedWithOpenOffersAndPeopleWhoHelpedAndBothOwnersAreToldOnce() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        TestUser dan = fixtures.user("dan");
        TestUser eve = fixtures.user("eve");
        String garden = "garden" + ana.id();
        String ladders = "ladders" + ana.id();

        // dan once helped eve with a garden need: his track record on the topic.
        JsonNode hedge = post(eve, "#need someone to trim the hedge #" + garden, null);
        JsonNode accept = post(dan, "#accept happy to", hedge.get("id").asString());
        fixtures.drainJobs();
        post(dan, "#done", accept.get("id").asString());
        fixtures.drainJobs();
        assertThat(itemOf(eve, hedge).get("state").asString()).isEqualTo("fulfilled");

        JsonNode offer = post(ana, "#offer I lend my long ladder #" + garden + " #" + ladders, null);
        JsonNode other = post(eve, "#offer seeds and cuttings #" + garden + " #seeds" + ana.id(), null);
        fixtures.drainJobs();
        JsonNode need = post(ben, "#need a ladder to pick apples #" + garden + " #" + ladders, null);
        fixtures.drainJobs();

        String needId = itemOf(ben, need).get("id").asString();
        JsonNode matches = client(ben.token())
                .get("/api/junto/v1/offers_needs/" + needId + "/matches")
                .json();
        JsonNode items = matches.get("items");
        assertThat(items.size()).isEqualTo(2);
        JsonNode best = items.get(0);
        assertThat(best.get("offer_need").get("status_id").asString())
                .isEqualTo(offer.get("id").asString());
        assertThat(best.get("strong").asBoolean()).isTrue();
        assertThat(best.get("topic_overlap").asDouble()).isEqualTo(1.0);
        assertThat(best.get("shared_topics").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(garden, ladders);
        JsonNode weaker = items.get(1);
        assertThat(weaker.get("offer_need").get("status_id").asString())
                .isEqualTo(other.get("id").asString());
        assertThat(weaker.get("strong").asBoolean()).isFalse();
        assertThat(weaker.get("score").asDouble()).isLessThan(best.get("score").asDouble());

        JsonNode people = matches.get("people");
        List<String> helpers = new ArrayList<>();
        people.forEach(p -> helpers.add(p.get("account").get("id").asString()));
        assertThat(helpers).contains(dan.idString(), ana.idString()).doesNotContain(ben.idString());
        people.forEach(p -> {
            if (p.get("account").get("id").asString().equals(dan.idString())) {
                assertThat(p.get("helped_before").asInt()).isEqualTo(1);
            }
        });

        // An offer sees the open needs it could meet; eve's need is fulfilled and not suggested.
        JsonNode forOffer = client(ana.token())
                .get("/api/junto/v1/offers_needs/"
                        + itemOf(ana, offer).get("id").asString() + "/matches")
                .json();
        assertThat(forOffer.get("items").size()).isOne();
        assertThat(forOffer.get("items").get(0).get("offer_need").get("id").asString())
                .isEqualTo(needId);
        assertThat(forOffer.get("people").size()).isZero();

        assertThat(matchNotices(ana)).hasSize(1);
        assertThat(matchNotices(ben)).hasSize(1).first().asString().contains("/offers_needs/" + needId);
        assertThat(matchNotices(eve)).as("a weak match is not announced").isEmpty();

        // A retried job (or the same event again) tells nobody twice: the pair is recorded.
        tx.executeWithoutResult(s -> outbox.publish(new OfferNeedPosted(Long.parseLong(needId))));
        fixtures.drainJobs();
        assertThat(matchNotices(ana)).hasSize(1);
        assertThat(matchNotices(ben)).hasSize(1);

        assertThat(client().get("/api/junto/v1/offers_needs/999/matches").status())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesMatchingAndTheGroupFigures() {
        JsonNode paths = client().get("/api/junto/v1/openapi.json").json().get("paths");
        for (String path : List.of(
                "/api/junto/v1/offers_needs/{id}/matches",
                "/api/junto/v1/offers_needs/{id}/accept",
                "/api/junto/v1/offers_needs/{id}/withdraw",
                "/api/junto/v1/groups/{id}/contributors",
                "/api/junto/v1/groups/{id}/relationships")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void acceptAndWithdrawFromTheApiPostTheSameRepliesAndReopeningOrCancellingTheTaskUndoesTheOutcome() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        String topic = "bikes" + ana.id();
        JsonNode offer = post(ana, "#offer bike repair #" + topic, null);
        fixtures.drainJobs();
        String id = itemOf(ana, offer).get("id").asString();

        assertThat(client(ana.token())
                        .post("/api/junto/v1/offers_needs/" + id + "/accept")
                        .status())
                .as("one's own offer")
                .isEqualTo(403);
        assertThat(client(ben.token())
                        .post("/api/junto/v1/offers_needs/" + id + "/withdraw")
                        .status())
                .as("someone else's offer")
                .isEqualTo(403);
        assertThat(client().post("/api/junto/v1/offers_needs/" + id + "/accept").status())
                .isEqualTo(401);
        var bad = client(ben.token())
                .postForm("/api/junto/v1/offers_needs/" + id + "/accept", Map.of("note", "yes #thanks @ana"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("detail").asString()).contains("action hashtags");

        var accepted = client(ben.token())
                .postForm("/api/junto/v1/offers_needs/" + id + "/accept", Map.of("note", "my brakes squeak"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("accepted");
        assertThat(accepted.json().get("helper_id").asString()).isEqualTo(ana.idString());
        String taskId = accepted.json().get("task_id").asString();
        JsonNode context = client(ana.token())
                .get("/api/v1/statuses/" + offer.get("id").asString() + "/context")
                .json();
        assertThat(context.get("descendants").get(0).get("content").asString())
                .contains("accept")
                .contains("my brakes squeak");

        fixtures.drainJobs();
        assertThat(client(ana.token())
                        .post("/api/junto/v1/tasks/" + taskId + "/done")
                        .status())
                .isEqualTo(200);
        fixtures.drainJobs();
        assertThat(client().get("/api/junto/v1/offers_needs/" + id)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("fulfilled");
        assertThat(client(ben.token())
                        .post("/api/junto/v1/tasks/" + taskId + "/reopen")
                        .status())
                .isEqualTo(200);
        fixtures.drainJobs();
        assertThat(client().get("/api/junto/v1/offers_needs/" + id)
                        .json()
                        .get("state")
                        .asString())
                .as("reopening the task un-fulfils the offer")
                .isEqualTo("accepted");
        assertThat(client(ben.token())
                        .post("/api/junto/v1/tasks/" + taskId + "/cancel")
                        .status())
                .isEqualTo(200);
        fixtures.drainJobs();
        JsonNode released = client().get("/api/junto/v1/offers_needs/" + id).json();
        assertThat(released.get("state").asString())
                .as("cancelling the task opens the offer again")
                .isEqualTo("open");
        assertThat(released.get("task_id").isNull()).isTrue();

        var withdrawn = client(ana.token()).post("/api/junto/v1/offers_needs/" + id + "/withdraw");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("withdrawn");
        assertThat(client(ana.token())
                        .post("/api/junto/v1/offers_needs/" + id + "/withdraw")
                        .status())
                .isEqualTo(409);
        assertThat(client(ben.token())
                        .post("/api/junto/v1/offers_needs/" + id + "/accept")
                        .status())
                .isEqualTo(409);
        assertThat(client().get("/api/junto/v1/offers_needs?state=withdrawn&topic=" + topic)
                        .json()
                        .size())
                .isOne();

        // The grammar: a #withdraw reply from any client; someone else's is refused and the post kept.
        JsonNode need = post(ben, "#need a pump #" + topic, null);
        post(ana, "#withdraw", need.get("id").asString());
        fixtures.drainJobs();
        String needId = itemOf(ben, need).get("id").asString();
        assertThat(client().get("/api/junto/v1/offers_needs/" + needId)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("open");
        post(ben, "#withdraw found one", need.get("id").asString());
        fixtures.drainJobs();
        assertThat(client().get("/api/junto/v1/offers_needs/" + needId)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("withdrawn");
    }
}
