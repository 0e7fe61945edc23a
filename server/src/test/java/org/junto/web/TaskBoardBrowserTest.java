package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.streaming.LiveStreams;
import org.junto.testing.ApiTest;
import org.junto.testing.Chromium;
import org.junto.testing.Client;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.junto.testing.OAuthFlow;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A group's task board in two headless Chromium sessions: Bob claims a task on his board, and Alice's open board
 * moves the card to "Claimed" within two seconds, without a reload. Takes the board's screenshot for the README.
 */
class TaskBoardBrowserTest extends ApiTest {

    @Autowired
    ApplicationContext context;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static boolean inColumn(WebDriver driver, String column, String title) {
        return driver.findElements(By.cssSelector("#column-" + column + " .task-title")).stream()
                .anyMatch(e -> e.getText().contains(title));
    }

    @Test
    void bobClaimsOnHisBoardAndAlicesOpenBoardMovesTheCardLive() throws IOException {
        Chromium.assumeInstalled();
        assumeTrue(context.getBeanProvider(LiveStreams.class).getIfAvailable() != null, "Needs live streams");
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        GroupFixtures groups = new GroupFixtures(this);
        var group = groups.group(alice, "Gardeners", "public");
        String groupId = group.get("id").asString();
        groups.admit(alice, bob, "groups", groupId);
        Client a = client(alice.token());
        record NewTask(String title, String assignee, String due) {}
        for (NewTask t : List.of(
                new NewTask("water the tomatoes #garden", bob.idString(), "tomorrow"),
                new NewTask("fix the shed door #repairs", alice.idString(), "+5d"),
                new NewTask("order compost #garden", null, null),
                new NewTask("mend the fence #repairs", bob.idString(), "+2d"))) {
            var body = new java.util.HashMap<String, Object>(Map.of("title", t.title(), "group_id", groupId));
            if (t.assignee() != null) {
                body.put("assignee_ids", List.of(t.assignee()));
            }
            if (t.due() != null) {
                body.put("due", t.due());
            }
            assertThat(a.postJson("/api/junto/v1/tasks", body).status()).isEqualTo(200);
        }
        String fenceId = a.get("/api/junto/v1/tasks?group_id=" + groupId + "&tag=repairs")
                .json()
                .get(0)
                .get("id")
                .asString();
        assertThat(client(alice.token())
                        .post("/api/junto/v1/tasks/" + fenceId + "/done")
                        .status())
                .isEqualTo(200);
        fixtures.drainJobs();

        String board = "/groups/" + group.get("handle").asString() + "/tasks";
        WebDriver alices = Chromium.start(true);
        WebDriver bobs = Chromium.start(true);
        try {
            Chromium.signIn(alices, url(""), alice.username(), OAuthFlow.PASSWORD);
            Chromium.signIn(bobs, url(""), bob.username(), OAuthFlow.PASSWORD);
            alices.get(url(board));
            bobs.get(url(board));
            assertThat(inColumn(alices, "open", "water the tomatoes")).isTrue();
            ((JavascriptExecutor) alices).executeScript("window.notReloaded = true");
            // Let Alice's page open its event stream before Bob acts.
            new WebDriverWait(alices, Duration.ofSeconds(10))
                    .until(d -> ((JavascriptExecutor) d)
                            .executeScript("return document.body['htmx-internal-data'] &&"
                                    + " document.body['htmx-internal-data'].sseEventSource &&"
                                    + " document.body['htmx-internal-data'].sseEventSource.readyState === 1"));

            bobs.findElement(By.cssSelector("#column-open button[aria-label^='Claim: water the tomatoes']"))
                    .click();
            new WebDriverWait(bobs, Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("button[aria-label^='Claim: water the tomatoes']"))
                            .isEmpty());
            new WebDriverWait(alices, Duration.ofSeconds(2))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> inColumn(d, "claimed", "water the tomatoes") && !inColumn(d, "open", "water the"));
            assertThat(((JavascriptExecutor) alices).executeScript("return window.notReloaded"))
                    .isEqualTo(true);
            Chromium.screenshot(alices, "tasks-board");
        } finally {
            alices.quit();
            bobs.quit();
        }
    }
}
