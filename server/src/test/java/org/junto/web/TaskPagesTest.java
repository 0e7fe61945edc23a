package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The task pages as a browser without JavaScript uses them: a group's board with its new-task form and filters, the
 * task page with its buttons and history, "my tasks", refusals explained, group privacy, and the live events that
 * keep open pages current (only for those who may see the task).
 */
class TaskPagesTest extends ApiTest {
    private final GroupFixtures groups = new GroupFixtures(this);

    private record Crew(String id, String handle, TestUser owner, TestUser member) {}

    private Crew crew(String privacy) {
        TestUser owner = fixtures.user("alice");
        TestUser member = fixtures.user("bob");
        JsonNode group = groups.group(owner, "crew", privacy);
        groups.admit(owner, member, "groups", group.get("id").asString());
        return new Crew(group.get("id").asString(), group.get("handle").asString(), owner, member);
    }

    private static Browser.Page postForm(Browser browser, String formPage, String action, Map<String, String> fields) {
        Browser.Page page = browser.get(formPage);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var form = new java.util.HashMap<>(fields);
        form.put("_csrf", page.csrf());
        return browser.post(action, form, "Referer", browser.base() + formPage);
    }

    private String taskIdFromBoard(String board, String title) {
        int at = board.indexOf(">" + title + "<");
        assertThat(at).as("the board shows " + title).isPositive();
        String before = board.substring(0, at);
        String marker = "href=\"/tasks/";
        int start = before.lastIndexOf(marker) + marker.length();
        return before.substring(start, before.indexOf('"', start));
    }

    @Test
    void aMemberAddsATaskOnTheBoardAndItIsAPostInTheGroupWithATaskPage() {
        Crew crew = crew("public");
        Browser bob = Browser.signedIn(port, crew.member());
        String board = "/groups/" + crew.handle() + "/tasks";
        Browser.Page empty = bob.get(board);
        assertThat(empty.body())
                .contains("No tasks here yet.")
                .contains("New task")
                .contains("id=\"board\"");

        Browser.Page created = postForm(
                bob,
                board,
                board,
                Map.of("title", "paint the #fence", "assignee", crew.owner().idString(), "due", "+3d"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith(board);
        String html = bob.get(board).body();
        String open = html.substring(html.indexOf("id=\"column-open\""), html.indexOf("id=\"column-claimed\""));
        assertThat(open)
                .contains("paint the #fence @" + crew.owner().username())
                .contains("#fence");
        String id = taskIdFromBoard(html, "paint the #fence @" + crew.owner().username());

        // The same task through the API: it lives in the group, and its post is in the group's timeline.
        JsonNode task =
                client(crew.member().token()).get("/api/junto/v1/tasks/" + id).json();
        assertThat(task.get("group_id").asString()).isEqualTo(crew.id());
        assertThat(task.get("due_on").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("UTC")).plusDays(3).toString());
        assertThat(client(crew.member().token())
                        .get("/api/junto/v1/groups/" + crew.id() + "/statuses")
                        .json()
                        .findValuesAsString("content"))
                .anySatisfy(c -> assertThat(c).contains("todo").contains("paint the"));

        Browser.Page page = bob.get("/tasks/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("paint the #fence")
                .contains("Created by")
                .contains("created the task")
                .contains("The post that made it")
                .contains("href=\"/groups/" + crew.handle() + "\"");
    }

    @Test
    void theBoardFiltersByAssigneeTagAndDueWithPlainQueryParameters() {
        Crew crew = crew("public");
        Client bob = client(crew.member().token());
        List<String[]> tasks = List.of(
                new String[] {"sweep #hall", crew.member().idString(), "tomorrow"},
                new String[] {"buy #paint", crew.owner().idString(), "+20d"},
                new String[] {"call the plumber", "", ""});
        for (String[] t : tasks) {
            var body = new java.util.HashMap<String, Object>(Map.of("title", t[0], "group_id", crew.id()));
            if (!t[1].isEmpty()) {
                body.put("assignee_ids", List.of(t[1]));
            }
            if (!t[2].isEmpty()) {
                body.put("due", t[2]);
            }
            Client.Response r = bob.postJson("/api/junto/v1/tasks", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        Browser browser = Browser.signedIn(port, crew.member());
        String board = "/groups/" + crew.handle() + "/tasks";
        record Case(String query, List<String> shown, List<String> hidden) {}
        List<Case> cases = List.of(
                new Case("", List.of("sweep #hall", "buy #paint", "call the plumber"), List.of()),
                new Case("?tag=paint", List.of("buy #paint"), List.of("sweep #hall", "call the plumber")),
                new Case("?tag=%23Hall", List.of("sweep #hall"), List.of("buy #paint")),
                new Case(
                        "?assignee=" + crew.member().username(),
                        List.of("sweep #hall"),
                        List.of("buy #paint", "call the plumber")),
                new Case("?due=week", List.of("sweep #hall"), List.of("buy #paint", "call the plumber")),
                new Case("?assignee=nobody_here", List.of(), List.of("sweep #hall", "buy #paint")));
        for (Case c : cases) {
            Browser.Page page = browser.get(board + c.query());
            assertThat(page.status()).as(c.query()).isEqualTo(200);
            for (String title : c.shown()) {
                assertThat(page.body()).as(c.query()).contains(">" + title);
            }
            for (String title : c.hidden()) {
                assertThat(page.body()).as(c.query()).doesNotContain(">" + title);
            }
        }
        assertThat(browser.get(board + "?tag=nothing").body()).contains("None match the filters.");
        assertThat(browser.get(board + "?due=someday").status()).isEqualTo(422);
    }

    @Test
    void theTaskPageShowsOnlyTheButtonsTheViewerMayUseAndExplainsARefusal() {
        Crew crew = crew("public");
        TestUser carol = fixtures.user("carol");
        assertThat(client(crew.owner().token())
                        .patchJson("/api/junto/v1/settings/time_zone", Map.of("time_zone", "Pacific/Auckland"))
                        .status())
                .isEqualTo(200);
        JsonNode task = client(crew.member().token())
                .postJson(
                        "/api/junto/v1/tasks",
                        Map.of(
                                "title",
                                "fix the gate",
                                "group_id",
                                crew.id(),
                                "assignee_ids",
                                List.of(crew.member().idString()),
                                "due",
                                "2030-01-15"))
                .json();
        String id = task.get("id").asString();
        String path = "/tasks/" + id;

        Browser bob = Browser.signedIn(port, crew.member());
        Browser alice = Browser.signedIn(port, crew.owner());
        Browser carols = Browser.signedIn(port, carol);
        // Bob (creator and assignee) may claim, finish or cancel; Alice owns the group; Carol only looks.
        assertThat(bob.get(path).body())
                .contains("data-transition=\"claim\"")
                .contains("data-transition=\"done\"")
                .contains("data-transition=\"cancel\"");
        assertThat(alice.get(path).body()).contains("data-transition=\"cancel\"");
        assertThat(carols.get(path).body()).doesNotContain("data-transition=");
        // The due day ends at midnight UTC (Bob's zone) = 13:00 in Auckland, where Alice lives.
        assertThat(alice.get(path).body())
                .contains("Tue 15 Jan 2030")
                .contains("16 Jan, 13:00")
                .contains("Pacific/Auckland");
        assertThat(bob.get(path).body()).contains("16 Jan, 00:00").contains("UTC");

        Browser.Page refused = postForm(carols, path, path + "/done", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot done this task").contains("role=\"alert\"");

        // With htmx the refusal comes back as the card with the reason, which htmx swaps in (422).
        Browser.Page card =
                carols.post(path + "/done", Map.of("_csrf", carols.get(path).csrf()), "HX-Request", "true");
        assertThat(card.status()).isEqualTo(422);
        assertThat(card.body()).startsWith("<article class=\"task-card").contains("You cannot done this task");

        Browser.Page claimed = postForm(bob, path, path + "/claim", Map.of());
        assertThat(claimed.status()).isEqualTo(302);
        assertThat(claimed.location()).endsWith(path);
        Browser.Page again = postForm(bob, path, path + "/cancel", Map.of());
        assertThat(again.status()).isEqualTo(302);
        assertThat(bob.get(path).body())
                .contains("claimed it")
                .contains("cancelled it")
                .contains("Cancelled");

        // The buttons left the same trace in the thread as a reply would.
        JsonNode context = client(crew.member().token())
                .get("/api/v1/statuses/" + task.get("status_id").asString() + "/context")
                .json();
        assertThat(context.get("descendants").findValuesAsString("content"))
                .anySatisfy(c -> assertThat(c).contains("🙋 claimed: fix the gate"))
                .anySatisfy(c -> assertThat(c).contains("🚫 cancelled: fix the gate"));
        // A stale button (the task moved on meanwhile) says so: 409.
        assertThat(postForm(bob, path, path + "/claim", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aClosedGroupsBoardAndTasksAreForItsMembersOnly() {
        Crew crew = crew("closed");
        TestUser eve = fixtures.user("eve");
        JsonNode task = client(crew.member().token())
                .postJson("/api/junto/v1/tasks", Map.of("title", "members-only chore", "group_id", crew.id()))
                .json();
        String board = "/groups/" + crew.handle() + "/tasks";
        Browser member = Browser.signedIn(port, crew.member());
        Browser outsider = Browser.signedIn(port, eve);
        Browser anonymous = new Browser(port);
        assertThat(member.get(board).body()).contains("members-only chore");
        for (Browser b : List.of(outsider, anonymous)) {
            Browser.Page page = b.get(board);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("members-only chore").doesNotContain("New task");
            assertThat(b.get("/tasks/" + task.get("id").asString()).status()).isEqualTo(404);
        }
        assertThat(postForm(outsider, "/tasks", "/tasks/" + task.get("id").asString() + "/claim", Map.of())
                        .status())
                .isEqualTo(404);
        // An outsider cannot add to the board either.
        assertThat(postForm(outsider, "/tasks", board, Map.of("title", "sneak in"))
                        .status())
                .isEqualTo(403);

        JsonNode secret = groups.group(crew.owner(), "hidden", "secret");
        assertThat(outsider.get("/groups/" + secret.get("handle").asString() + "/tasks")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void myTasksListsWhatIsAssignedToMeAndWhatIMadeDueSoonFirst() {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Client a = client(alice.token());
        a.postJson(
                "/api/junto/v1/tasks",
                Map.of("title", "later one", "assignee_ids", List.of(bob.idString()), "due", "+9d"));
        a.postJson("/api/junto/v1/tasks", Map.of("title", "undated one", "assignee_ids", List.of(bob.idString())));
        a.postJson(
                "/api/junto/v1/tasks",
                Map.of("title", "soon one", "assignee_ids", List.of(bob.idString()), "due", "tomorrow"));
        Browser bobs = Browser.signedIn(port, bob);
        String mine = bobs.get("/tasks").body();
        String assigned = mine.substring(mine.indexOf("Assigned to me"), mine.indexOf("Created by me"));
        assertThat(assigned.indexOf("soon one")).isLessThan(assigned.indexOf("later one"));
        assertThat(assigned.indexOf("later one")).isLessThan(assigned.indexOf("undated one"));
        assertThat(mine.substring(mine.indexOf("Created by me"))).contains("You have no open tasks.");
        assertThat(Browser.signedIn(port, alice).get("/tasks").body())
                .contains("Nothing assigned to you.")
                .contains("soon one");
        assertThat(new Browser(port).get("/tasks").status()).isEqualTo(302);
        assertThat(mine).contains("href=\"/tasks\"").contains(">Tasks<");
    }

    @Test
    void openBoardsAndTaskPagesHearOfChangesLiveOnlyWhenTheyMaySeeTheTask() throws Exception {
        Crew crew = crew("closed");
        TestUser eve = fixtures.user("eve");
        JsonNode task = client(crew.owner().token())
                .postJson(
                        "/api/junto/v1/tasks",
                        Map.of(
                                "title",
                                "live chore",
                                "group_id",
                                crew.id(),
                                "assignee_ids",
                                List.of(crew.member().idString())))
                .json();
        fixtures.drainJobs();
        String id = task.get("id").asString();
        Browser alice = Browser.signedIn(port, crew.owner());
        Browser outsider = Browser.signedIn(port, eve);
        try (Browser.EventStream aliceLive = alice.events("/web/live");
                Browser.EventStream eveLive = outsider.events("/web/live")) {
            assertThat(aliceLive.status()).isEqualTo(200);
            assertThat(eveLive.status()).isEqualTo(200);
            long start = System.nanoTime();
            assertThat(client(crew.member().token())
                            .post("/api/junto/v1/tasks/" + id + "/claim")
                            .status())
                    .isEqualTo(200);
            List<String> names = new ArrayList<>();
            while (!names.contains("tasks-" + crew.id())) {
                String[] event = aliceLive.next(Duration.ofSeconds(5));
                assertThat(event).as("events so far: " + names).isNotNull();
                names.add(event[0]);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(names).contains("task-" + id);
            // The outsider's stream says nothing about the closed group's task.
            String[] seen;
            while ((seen = eveLive.next(Duration.ofSeconds(2))) != null) {
                assertThat(seen[0]).doesNotStartWith("task");
            }
        }
    }
}
