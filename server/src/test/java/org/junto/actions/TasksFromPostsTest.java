package org.junto.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import tools.jackson.databind.JsonNode;

/** Tasks made and moved by posting through the Mastodon API, read back through the Junto API. */
class TasksFromPostsTest extends ApiTest {

    private JsonNode post(TestUser author, String text, String inReplyTo) {
        Map<String, String> form =
                inReplyTo == null ? Map.of("status", text) : Map.of("status", text, "in_reply_to_id", inReplyTo);
        Client.Response r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode taskOf(TestUser viewer, String statusId) {
        fixtures.drainJobs();
        JsonNode list =
                client(viewer.token()).get("/api/junto/v1/tasks?limit=40").json();
        for (JsonNode t : list) {
            if (t.get("status_id").asString().equals(statusId)) {
                return client(viewer.token())
                        .get("/api/junto/v1/tasks/" + t.get("id").asString())
                        .json();
            }
        }
        return null;
    }

    private List<String> botRepliesTo(TestUser user) {
        fixtures.drainJobs();
        JsonNode notes = client(user.token())
                .get("/api/v1/notifications?types[]=mention")
                .json();
        return java.util.stream.StreamSupport.stream(notes.spliterator(), false)
                .filter(n -> n.get("account").get("bot").asBoolean())
                .map(n -> n.get("status").get("content").asString())
                .toList();
    }

    @Test
    void aTodoWithMentionAndDueDateMakesATaskThatTheAssigneeCompletesByReplying() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        JsonNode origin = post(alice, "#todo @" + bob.username() + " fix the roof due:tomorrow", null);
        JsonNode task = taskOf(alice, origin.get("id").asString());
        assertThat(task).isNotNull();
        assertThat(task.get("title").asString()).isEqualTo("@" + bob.username() + " fix the roof");
        assertThat(task.get("state").asString()).isEqualTo("open");
        assertThat(task.get("assignees").get(0).get("id").asString()).isEqualTo(bob.idString());
        assertThat(task.get("due_on").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("UTC")).plusDays(1).toString());

        post(bob, "@" + alice.username() + " #claim", origin.get("id").asString());
        JsonNode done = post(bob, "#Done!", origin.get("id").asString());
        JsonNode after = taskOf(bob, origin.get("id").asString());
        assertThat(after.get("state").asString()).isEqualTo("done");
        assertThat(after.get("claimed_by_id").asString()).isEqualTo(bob.idString());
        assertThat(after.get("history").findValuesAsString("kind")).containsExactly("created", "claim", "done");

        // Alice was mentioned by the claim, so she hears of it once, as a mention; the done reply did not
        // mention her, so she hears of it as a "status" notification carrying that reply.
        JsonNode notes = client(alice.token()).get("/api/v1/notifications").json();
        assertThat(notes.findValuesAsString("type")).contains("mention", "status");
        assertThat(java.util.stream.StreamSupport.stream(notes.spliterator(), false)
                        .filter(n -> n.get("type").asString().equals("status"))
                        .map(n -> n.get("status").get("id").asString()))
                .containsExactly(done.get("id").asString());
    }

    @Test
    void anActionThatCannotApplyKeepsThePostAndTheAuthorIsToldWhy() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        TestUser carol = fixtures.user("carol");
        JsonNode origin = post(alice, "#todo @" + bob.username() + " paint the fence", null);
        fixtures.drainJobs();

        JsonNode refused = post(carol, "#done", origin.get("id").asString());
        assertThat(client(carol.token())
                        .get("/api/v1/statuses/" + refused.get("id").asString())
                        .status())
                .isEqualTo(200);
        assertThat(taskOf(alice, origin.get("id").asString()).get("state").asString())
                .isEqualTo("open");
        assertThat(botRepliesTo(carol)).singleElement().asString().contains("only its creator or its assignees may");

        post(alice, "#done nowhere", null);
        assertThat(botRepliesTo(alice)).anySatisfy(c -> assertThat(c).contains("replies to none"));

        post(alice, "#todo taxes due:2001-01-01", null);
        assertThat(botRepliesTo(alice)).anySatisfy(c -> assertThat(c).contains("in the past"));
    }

    @Test
    void theRuleTableDecidesEveryTransition() {
        TestUser creator = fixtures.user("creator");
        TestUser assignee = fixtures.user("assignee");
        TestUser other = fixtures.user("other");
        String origin = post(creator, "#todo @" + assignee.username() + " rules", null)
                .get("id")
                .asString();
        String id = taskOf(creator, origin).get("id").asString();
        record Step(TestUser who, String transition, int status, String state) {}
        List<Step> steps = List.of(
                new Step(other, "claim", 403, "open"),
                new Step(creator, "drop", 409, "open"),
                new Step(assignee, "claim", 200, "claimed"),
                new Step(assignee, "claim", 409, "claimed"),
                new Step(other, "cancel", 403, "claimed"),
                new Step(assignee, "cancel", 403, "claimed"),
                new Step(assignee, "drop", 200, "open"),
                new Step(creator, "done", 200, "done"),
                new Step(other, "reopen", 403, "done"),
                new Step(creator, "reopen", 200, "open"),
                new Step(creator, "cancel", 200, "cancelled"),
                new Step(creator, "done", 409, "cancelled"));
        for (Step step : steps) {
            Client.Response r = client(step.who().token()).post("/api/junto/v1/tasks/" + id + "/" + step.transition());
            assertThat(r.status()).as(step + " → " + r).isEqualTo(step.status());
            if (r.status() != 200) {
                assertThat(r.header("Content-Type")).contains("application/problem+json");
                assertThat(r.json().get("status").asInt()).isEqualTo(step.status());
                assertThat(r.json().get("detail").asString()).isNotBlank();
            }
            assertThat(client(creator.token())
                            .get("/api/junto/v1/tasks/" + id)
                            .json()
                            .get("state")
                            .asString())
                    .as(step.toString())
                    .isEqualTo(step.state());
        }
    }

    @Test
    void changesFromTheApiLeaveATraceInTheThread() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Client.Response created = client(alice.token())
                .postJson(
                        "/api/junto/v1/tasks",
                        Map.of("title", "water the plants", "assignee_ids", List.of(bob.idString()), "due", "+3d"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode task = created.json();
        assertThat(task.get("title").asString()).isEqualTo("water the plants @" + bob.username());
        String origin = task.get("status_id").asString();
        assertThat(client(alice.token())
                        .get("/api/v1/statuses/" + origin)
                        .json()
                        .get("content")
                        .asString())
                .contains("todo");

        Client.Response done =
                client(bob.token()).post("/api/junto/v1/tasks/" + task.get("id").asString() + "/done");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode context = client(alice.token())
                .get("/api/v1/statuses/" + origin + "/context")
                .json();
        assertThat(context.get("descendants").findValuesAsString("content"))
                .anySatisfy(c -> assertThat(c).contains("✅ done: water the plants"));
        String traceId = done.json().get("history").get(1).get("status_id").asString();
        assertThat(context.get("descendants").findValuesAsString("id")).contains(traceId);

        // A reply to the trace acts on the same task.
        post(alice, "#reopen", traceId);
        assertThat(client(alice.token())
                        .get("/api/junto/v1/tasks/" + task.get("id").asString())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("open");
    }

    @Test
    void theApiRefusesBadInputWithProblemDetailsAndWritesNothing() {
        TestUser alice = fixtures.user("alice");
        Client c = client(alice.token());
        assertThat(c.postJson("/api/junto/v1/tasks", Map.of("title", " ")).status())
                .isEqualTo(422);
        assertThat(c.postJson("/api/junto/v1/tasks", Map.of("title", "x", "due", "2001-01-01"))
                        .status())
                .isEqualTo(422);
        assertThat(c.postJson("/api/junto/v1/tasks", Map.of("title", "x #done")).status())
                .isEqualTo(422);
        assertThat(c.postJson("/api/junto/v1/tasks", Map.of("title", "x", "assignee_ids", List.of("99")))
                        .status())
                .isEqualTo(422);
        assertThat(c.postJson("/api/junto/v1/tasks", "[1]").status()).isEqualTo(400);
        assertThat(c.get("/api/junto/v1/tasks?state=sleeping").status()).isEqualTo(422);
        assertThat(c.get("/api/junto/v1/tasks/nope").status()).isEqualTo(404);
        assertThat(client().postJson("/api/junto/v1/tasks", Map.of("title", "x"))
                        .status())
                .isEqualTo(401);
        assertThat(client(fixtures.tokenFor(alice, "read"))
                        .postJson("/api/junto/v1/tasks", Map.of("title", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(c.get("/api/v1/accounts/" + alice.idString() + "/statuses")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void aDirectTaskIsSeenOnlyByItsPeopleAndTheBoardGroupsByState() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        TestUser eve = fixtures.user("eve");
        Client.Response r = client(alice.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of("status", "#todo @" + bob.username() + " secret plan", "visibility", "direct"));
        String origin = r.json().get("id").asString();
        JsonNode task = taskOf(alice, origin);
        String id = task.get("id").asString();
        assertThat(client(bob.token()).get("/api/junto/v1/tasks/" + id).status())
                .isEqualTo(200);
        assertThat(client(eve.token()).get("/api/junto/v1/tasks/" + id).status())
                .isEqualTo(404);
        assertThat(client().get("/api/junto/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(client(eve.token())
                        .post("/api/junto/v1/tasks/" + id + "/claim")
                        .status())
                .isEqualTo(404);

        client(bob.token()).post("/api/junto/v1/tasks/" + id + "/claim");
        JsonNode board = client(bob.token())
                .get("/api/junto/v1/tasks/board?assignee_id=" + bob.idString())
                .json();
        assertThat(board.get("claimed").size()).isOne();
        assertThat(board.get("claimed").get(0).get("id").asString()).isEqualTo(id);
        assertThat(board.get("open").size()).isZero();
        assertThat(client(eve.token())
                        .get("/api/junto/v1/tasks/board?assignee_id=" + bob.idString())
                        .json()
                        .get("claimed")
                        .size())
                .isZero();
    }

    @Test
    void tasksPageByIdWithLinkHeaders() {
        TestUser alice = fixtures.user("alice");
        for (int i = 0; i < 3; i++) {
            post(alice, "#todo page " + i, null);
        }
        Client.Response first = client(alice.token()).get("/api/junto/v1/tasks?limit=2&creator_id=" + alice.idString());
        assertThat(first.json().findValuesAsString("title")).containsExactly("page 2", "page 1");
        String next = first.header("Link").replaceAll("^<([^>]+)>; rel=\"next\".*$", "$1");
        String path = next.substring(next.indexOf("/api/"));
        assertThat(client(alice.token()).get(path).json().findValuesAsString("title"))
                .containsExactly("page 0");
    }

    @Test
    void dueRemindersAreDurableJobsThatMentionTheAssignees() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        post(alice, "#todo @" + bob.username() + " file the report due:+2d", null);
        fixtures.drainJobs();
        assertThat(botRepliesTo(bob)).isEmpty();
        // Let time pass: the scheduled reminder jobs become due.
        fixtures.runScheduledJobsNow("TaskReminders");
        assertThat(botRepliesTo(bob))
                .anySatisfy(c -> assertThat(c).contains("due tomorrow"))
                .anySatisfy(c -> assertThat(c).contains("overdue"));
    }
}
