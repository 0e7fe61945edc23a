package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junto.core.Ids;
import org.junto.testing.ApiTest;
import org.junto.testing.Chromium;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.junto.testing.OAuthFlow;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The contribution calendar, a group's relationship graph and a need with its matches in headless Chromium, with the
 * screenshots for the README. Skipped where Chromium or chromedriver is missing.
 */
class ContributionsBrowserTest extends ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static WebDriver browser;

    @Autowired
    JdbcClient db;

    @BeforeAll
    static void startChromium() {
        Chromium.assumeInstalled();
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private JsonNode post(TestUser author, String text, String inReplyTo) {
        var form = inReplyTo == null ? Map.of("status", text) : Map.of("status", text, "in_reply_to_id", inReplyTo);
        var r = client(author.token()).postForm("/api/v1/statuses", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theCalendarTheGraphAndTheMatchesRenderInABrowser() throws IOException {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        TestUser cleo = fixtures.user("cleo");
        TestUser dev = fixtures.user("dev");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(ana, "Gardeners", "public");
        String handle = group.get("handle").asString();
        for (TestUser u : List.of(ben, cleo, dev)) {
            groups.join(u, "groups", group.get("id").asString());
        }
        String topic = "raisedbeds";
        JsonNode need = post(ana, "@" + handle + " #need help to build raised beds #" + topic, null);
        post(ben, "@" + handle + " #offer woodwork and tools #" + topic, null);
        JsonNode reply = post(
                ben,
                "@" + ana.username() + " I can bring planks",
                need.get("id").asString());
        post(cleo, "@" + ben.username() + " and I have screws", reply.get("id").asString());
        post(dev, "@" + ana.username() + " count me in", need.get("id").asString());
        post(ana, "@" + handle + " #thanks @" + ben.username() + " @" + cleo.username(), null);
        fixtures.drainJobs();
        backdatedHistory(ana);

        browser.manage().deleteAllCookies();
        browser.get(url("/auth/sign_in"));
        browser.findElement(By.id("username")).sendKeys(ana.username());
        browser.findElement(By.id("password")).sendKeys(OAuthFlow.PASSWORD + Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(d -> !d.getCurrentUrl().contains("/auth/sign_in"));

        browser.get(url("/@" + ana.username() + "/contributions"));
        WebElement heatmap = browser.findElement(By.cssSelector("figure.heatmap svg"));
        assertThat(heatmap.getAttribute("role")).isEqualTo("img");
        assertThat(heatmap.findElements(By.cssSelector("rect")).size()).isBetween(365, 366);
        assertThat(heatmap.findElements(By.cssSelector("rect.level-4")).size()).isPositive();
        assertThat(browser.findElement(By.id("heatmap-title")).getAttribute("textContent"))
                .contains("contributions over the last year");
        assertThat(browser.findElement(By.cssSelector("table.collaborators")).getText())
                .contains(ben.username());
        Chromium.screenshot(browser, "contributions");

        browser.get(url("/groups/" + handle + "/contributors"));
        WebElement graph = browser.findElement(By.cssSelector("figure.graph svg"));
        assertThat(graph.findElements(By.cssSelector("line.edge")).size()).isGreaterThanOrEqualTo(3);
        assertThat(graph.findElements(By.cssSelector("text.node-label")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains(ana.username(), ben.username(), cleo.username(), dev.username());
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('h2:nth-of-type(2)').scrollIntoView()");
        Chromium.screenshot(browser, "group-contributors");

        browser.get(url("/offers_needs/"
                + client().get("/api/junto/v1/offers_needs?kind=need&topic=" + topic)
                        .json()
                        .get(0)
                        .get("id")
                        .asString()));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Offers that could meet this need")
                .contains("woodwork and tools")
                .contains("% match");
        Chromium.screenshot(browser, "need-with-matches");
    }

    /**
     * A year of earlier activity for the calendar's picture, written straight into the log as the credit handlers
     * would have written it over the months (the handlers run now, so real posts all land on today).
     */
    private void backdatedHistory(TestUser who) {
        Instant now = Instant.now();
        for (int day = 1; day < 365; day++) {
            int n = (int) ((day * 7919L + who.id()) % 5) - 1 + (day % 7 < 2 ? -1 : 0);
            for (int i = 0; i < n; i++) {
                db.sql("INSERT INTO contributions (id, actor_id, type, weight, source_key, occurred_at)"
                                + " VALUES (?, ?, 'post', 1.0, ?, ?)")
                        .params(
                                Ids.next(),
                                who.id(),
                                "fixture:" + who.id() + ":" + day + ":" + i,
                                now.minus(day, ChronoUnit.DAYS).toEpochMilli())
                        .update();
            }
        }
    }
}
