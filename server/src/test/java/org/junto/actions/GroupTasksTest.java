package org.junto.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Tasks that live in a group: placed there by mentioning the group or by replying in its thread, moved by its
 * moderators as the rule table allows, and private to the members of a closed or secret group on every path (task
 * by id, lists, the board, the task's traces).
 */
class GroupTasksTest extends ApiTest {
    private final GroupFixtures groups = new GroupFixtures(this);

    private record Setup(
            String groupId,
            String handle,
            TestUser owner,
            TestUser member,
            TestUser moderator,
            TestUser outsider,
            TestUser namedOutsider) {}

    private Setup group(String privacy) {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        TestUser moderator = fixtures.user("mod");
        TestUser outsider = fixtures.user("eve");
        TestUser named = fixtures.user("nick");
        JsonNode group = groups.group(owner, "crew", privacy);
        String id = group.get("id").asString();
        groups.admit(owner, member, "groups", id);
        groups.admit(owner, moderator, "groups", id);
        Client.Response role = client(owner.token())
                .putJson(
                        "/api/junto/v1/groups/" + id + "/members/" + moderator.idString(), Map.of("role", "moderator"));
        assertThat(role.status()).as(role.toString()).isEqualTo(200);
        return new Setup(id, group.get("handle").asString(), owner, member, moderator, outsider, named);
    }

    private String post(TestUser author, String text, String inReplyTo) {
        var form = new java.util.HashMap<String, String>(Map.of("status", text));
        if (inReplyTo != null) {
            form.put("in_reply_to_id", inReplyTo);
        }
        Client.Response r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asString();
    }

    /** The task whose origin is {@code statusId}, read as its creator. */
    private JsonNode taskOf(TestUser creator, String statusId) {
        fixtures.drainJobs();
        JsonNode list = client(creator.token())
                .get("/api/junto/v1/tasks?creator_id=" + creator.idString())
                .json();
        for (JsonNode t : list) {
            if (t.get("status_id").asString().equals(statusId)) {
                return t;
            }
        }
        throw new AssertionError("no task for status " + statusId + " in " + list);
    }

    @Test
    void aTaskLivesInTheGroupItMentionsOrWhoseThreadItRepliesIn() {
        Setup s = group("public");
        String origin = post(
                s.member(), "#todo @" + s.handle() + " @" + s.namedOutsider().username() + " fix the fence", null);
        JsonNode task = taskOf(s.member(), origin);
        assertThat(task.get("group_id").asString()).isEqualTo(s.groupId());
        assertThat(GroupFixtures.ids(task.get("assignees")))
                .as("the group is where the task lives, not one of its assignees")
                .containsExactly(s.namedOutsider().idString());

        // A #todo replying in the group's thread lives there too, and so does one posted from the group's compose box.
        String reply = post(s.member(), "#todo bring the paint", origin);
        assertThat(taskOf(s.member(), reply).get("group_id").asString()).isEqualTo(s.groupId());
        Client.Response composed = client(s.member().token())
                .postJson("/api/junto/v1/groups/" + s.groupId() + "/statuses", Map.of("status", "#todo buy brushes"));
        assertThat(composed.status()).as(composed.toString()).isBetween(200, 201);
        assertThat(taskOf(s.member(), composed.json().get("id").asString())
                        .get("group_id")
                        .asString())
                .isEqualTo(s.groupId());

        // A non-member's mention places nothing: the task stays personal.
        String personal = post(s.outsider(), "#todo @" + s.handle() + " my own errand", null);
        assertThat(taskOf(s.outsider(), personal).get("group_id").isNull()).isTrue();

        JsonNode board = client(s.outsider().token())
                .get("/api/junto/v1/tasks/board?group_id=" + s.groupId())
                .json();
        assertThat(board.get("open").findValuesAsString("title"))
                .containsExactlyInAnyOrder(
                        "@" + s.handle() + " @" + s.namedOutsider().username() + " fix the fence",
                        "bring the paint",
                        "buy brushes");
    }

    @Test
    void whoSeesAGroupsTaskDependsOnTheGroupsPrivacy() {
        record Row(String privacy, boolean outsiderSees, boolean namedOutsiderSees, boolean anonymousSees) {}
        List<Row> table = List.of(
                new Row("public", true, true, true),
                new Row("closed", false, false, false),
                new Row("secret", false, false, false));
        for (Row row : table) {
            Setup s = group(row.privacy());
            String origin = post(
                    s.member(),
                    "#todo @" + s.handle() + " @" + s.namedOutsider().username() + " #fence fix it due:+3d",
                    null);
            String id = taskOf(s.member(), origin).get("id").asString();
            Client.Response claim = client(s.member().token()).post("/api/junto/v1/tasks/" + id + "/done");
            assertThat(claim.status()).as(row + " " + claim).isEqualTo(200);
            String trace = claim.json().get("history").get(1).get("status_id").asString();
            fixtures.drainJobs();

            record Viewer(String who, Client client, boolean sees) {}
            List<Viewer> viewers = List.of(
                    new Viewer("member", client(s.member().token()), true),
                    new Viewer("owner", client(s.owner().token()), true),
                    new Viewer("moderator", client(s.moderator().token()), true),
                    new Viewer("outsider", client(s.outsider().token()), row.outsiderSees()),
                    new Viewer("named outsider", client(s.namedOutsider().token()), row.namedOutsiderSees()),
                    new Viewer("anonymous", client(), row.anonymousSees()));
            for (Viewer v : viewers) {
                String as = row.privacy() + " group, " + v.who();
                assertThat(v.client().get("/api/junto/v1/tasks/" + id).status())
                        .as(as + ": task by id")
                        .isEqualTo(v.sees() ? 200 : 404);
                assertThat(GroupFixtures.ids(v.client()
                                .get("/api/junto/v1/tasks?group_id=" + s.groupId())
                                .json()))
                        .as(as + ": list")
                        .isEqualTo(v.sees() ? List.of(id) : List.of());
                assertThat(GroupFixtures.ids(v.client()
                                .get("/api/junto/v1/tasks/board?tag=fence&group_id=" + s.groupId())
                                .json()
                                .get("done")))
                        .as(as + ": board")
                        .isEqualTo(v.sees() ? List.of(id) : List.of());
                assertThat(v.client().get("/api/v1/statuses/" + trace).status())
                        .as(as + ": the trace in the thread")
                        .isEqualTo(v.sees() ? 200 : 404);
                if (!v.sees()) {
                    assertThat(v.client()
                                    .post("/api/junto/v1/tasks/" + id + "/reopen")
                                    .status())
                            .as(as + ": a transition")
                            .isIn(401, 404);
                }
            }
            // Reminders and notifications reach only those who may see the task: the outside assignee of a closed
            // group hears nothing of it.
            post(s.member(), "#todo @" + s.handle() + " @" + s.namedOutsider().username() + " water it due:+2d", null);
            fixtures.drainJobs();
            fixtures.runScheduledJobsNow("TaskReminders");
            JsonNode notes = client(s.namedOutsider().token())
                    .get("/api/v1/notifications")
                    .json();
            assertThat(notes.toString().contains("water it"))
                    .as(row.privacy() + ": the outside assignee hears of the task")
                    .isEqualTo(row.namedOutsiderSees());
        }
    }

    @Test
    void groupModeratorsMayDoWhatTheRuleTableGivesThem() {
        Setup s = group("closed");
        TestUser other = fixtures.user("other");
        groups.admit(s.owner(), other, "groups", s.groupId());
        String origin = post(s.member(), "#todo @" + s.handle() + " sweep the hall", null);
        String id = taskOf(s.member(), origin).get("id").asString();
        record Step(String who, TestUser user, String transition, int status, String state) {}
        List<Step> steps = List.of(
                new Step("plain member", other, "cancel", 403, "open"),
                new Step("moderator", s.moderator(), "claim", 200, "claimed"),
                new Step("owner", s.owner(), "drop", 200, "open"),
                new Step("moderator", s.moderator(), "cancel", 200, "cancelled"),
                new Step("plain member", other, "reopen", 403, "cancelled"),
                new Step("owner", s.owner(), "reopen", 200, "open"),
                new Step("outsider", s.outsider(), "done", 404, "open"),
                new Step("moderator", s.moderator(), "done", 200, "done"));
        for (Step step : steps) {
            Client.Response r = client(step.user().token()).post("/api/junto/v1/tasks/" + id + "/" + step.transition());
            assertThat(r.status()).as(step + " → " + r).isEqualTo(step.status());
            assertThat(client(s.member().token())
                            .get("/api/junto/v1/tasks/" + id)
                            .json()
                            .get("state")
                            .asString())
                    .as(step.toString())
                    .isEqualTo(step.state());
        }
    }

    @Test
    void aMemberWhoLeavesAClosedGroupNoLongerSeesItsTasksNorActsOnThem() {
        Setup s = group("closed");
        String origin =
                post(s.member(), "#todo @" + s.handle() + " @" + s.moderator().username() + " count chairs", null);
        String id = taskOf(s.member(), origin).get("id").asString();
        assertThat(client(s.moderator().token())
                        .post("/api/junto/v1/groups/" + s.groupId() + "/leave")
                        .status())
                .isBetween(200, 204);
        assertThat(client(s.moderator().token())
                        .get("/api/junto/v1/tasks/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(client(s.moderator().token())
                        .get("/api/junto/v1/tasks?assignee_id=" + s.moderator().idString())
                        .json()
                        .size())
                .isZero();
        // Nor can they reply #done in its thread: its posts are members-only now; the task stays open.
        assertThat(client(s.moderator().token())
                        .postForm("/api/v1/statuses", Map.of("status", "#done", "in_reply_to_id", origin))
                        .status())
                .isEqualTo(404);
        assertThat(client(s.moderator().token())
                        .post("/api/junto/v1/tasks/" + id + "/done")
                        .status())
                .isEqualTo(404);
        assertThat(client(s.member().token())
                        .get("/api/junto/v1/tasks/" + id)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("open");
    }
}
