package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junto.streaming.LiveStreams;
import org.junto.testing.ApiTest;
import org.junto.testing.Chromium;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.OAuthFlow;
import org.junto.testing.StatusFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The web app in headless Chromium: sign up, post and follow with JavaScript; keyboard-only posting; reading and
 * posting with JavaScript off; live updates between two sessions. Skipped where Chromium or chromedriver is missing
 * (a fresh machine with only a JDK); .ci/run installs them. One browser is shared by the class: each start costs
 * seconds. The pages' screenshots in docs/screenshots are taken here.
 */
class BrowserTest extends ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static WebDriver browser;

    @Autowired
    ApplicationContext context;

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

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, WAIT)
                .until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    @Test
    void signUpPostAndFollowWithoutAReload() throws IOException {
        TestUser alice = fixtures.user("alice");
        new StatusFixtures(context).post(alice, "Welcome to the #garden, everyone https://example.org/a/long/path");
        String username = "sel" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        browser.manage().deleteAllCookies();
        browser.get(url("/auth/sign_up"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("email")).sendKeys(username + "@example.test");
        browser.findElement(By.id("password")).sendKeys("a long password 1");
        browser.findElement(By.id("agreement")).click();
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(browser, By.cssSelector(".notice.success"));
        Chromium.signIn(browser, url(""), username, "a long password 1");

        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");
        WebElement text = browser.findElement(By.id("compose-text"));
        text.sendKeys("Hello 👋🏽 https://example.org/" + "x".repeat(80));
        assertThat(browser.findElement(By.id("compose-counter")).getText())
                .as("a URL counts 23 and an emoji with a skin tone one")
                .isEqualTo(String.valueOf(500 - "Hello ".length() - 1 - 1 - 23));
        browser.findElement(By.cssSelector("form.compose button[type=submit]")).click();
        WebElement card = waitFor(browser, By.cssSelector("#live-home .status"));
        assertThat(card.getText()).contains("Hello");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded"))
                .isEqualTo(true);
        assertThat(text.getAttribute("value")).isEmpty();

        card.findElement(By.cssSelector("button.favourite")).click();
        // Live count updates may replace the button while it is read: look it up again until it settles.
        new WebDriverWait(browser, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#live-home .status button.favourite"))
                        .getAttribute("aria-pressed")
                        .equals("true"));

        browser.get(url("/@" + alice.username()));
        browser.findElement(By.xpath("//button[normalize-space()='Follow']")).click();
        waitFor(browser, By.xpath("//button[normalize-space()='Unfollow']"));
        fixtures.drainJobs();
        Chromium.screenshot(browser, "profile");
        browser.findElement(By.cssSelector(".status .when")).click();
        waitFor(browser, By.cssSelector(".focused .status"));
        Chromium.screenshot(browser, "thread");
        browser.get(url("/"));
        assertThat(waitFor(browser, By.cssSelector(".timeline")).getText()).contains("Welcome to the #garden");
        Chromium.screenshot(browser, "home");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Chromium.screenshot(browser, "home-phone");
        browser.manage().window().setSize(new Dimension(1200, 900));
    }

    @Test
    void postingWithTheKeyboardAlone() {
        TestUser dora = fixtures.user("dora");
        Chromium.signIn(browser, url(""), dora.username(), OAuthFlow.PASSWORD);
        browser.get(url("/"));

        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 40 && !"compose-text".equals(focusedId()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(focusedId()).isEqualTo("compose-text");
        browser.switchTo().activeElement().sendKeys("typed without a mouse");
        for (int i = 0;
                i < 10 && !"submit".equals(browser.switchTo().activeElement().getAttribute("type"));
                i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(waitFor(browser, By.cssSelector("#live-home .status")).getText())
                .contains("typed without a mouse");
    }

    private String focusedId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    @Test
    void readingAndPostingWorkWithJavaScriptOff() {
        TestUser erin = fixtures.user("erin");
        WebDriver plain = Chromium.start(false);
        try {
            Chromium.signIn(plain, url(""), erin.username(), OAuthFlow.PASSWORD);
            plain.findElement(By.id("compose-text")).sendKeys("posted by a plain form");
            WebElement post = plain.findElement(By.cssSelector("form.compose button[type=submit]"));
            post.click();
            // A plain form reloads the page: wait until the old page is gone before going on.
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(post));
            fixtures.drainJobs();
            plain.get(url("/@" + erin.username()));
            assertThat(plain.getCurrentUrl()).endsWith("/@" + erin.username());
            assertThat(waitFor(plain, By.cssSelector(".timeline")).getText()).contains("posted by a plain form");

            WebElement favourite = plain.findElement(By.cssSelector(".status button.favourite"));
            favourite.click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(favourite));
            assertThat(waitFor(plain, By.cssSelector(".status button.favourite"))
                            .getAttribute("aria-pressed"))
                    .isEqualTo("true");
            assertThat(plain.getCurrentUrl()).endsWith("/@" + erin.username());
        } finally {
            plain.quit();
        }
    }

    @Test
    void bobSeesAlicesPostAndHisBadgeLiveWithinTwoSeconds() {
        assumeTrue(
                context.getBeanProvider(LiveStreams.class).getIfAvailable() != null,
                "Needs a LiveStreams implementation (the streaming branch)");
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        fixtures.follow(bob, alice);
        StatusFixtures statuses = new StatusFixtures(context);
        var bobsPost = statuses.post(bob, "bob says hi");
        fixtures.drainJobs();
        WebDriver alices = Chromium.start(true);
        try {
            Chromium.signIn(browser, url(""), bob.username(), OAuthFlow.PASSWORD);
            Chromium.signIn(alices, url(""), alice.username(), OAuthFlow.PASSWORD);
            ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");

            alices.findElement(By.id("compose-text")).sendKeys("alice, live");
            alices.findElement(By.cssSelector("form.compose button[type=submit]"))
                    .click();
            WebElement card = new WebDriverWait(browser, Duration.ofSeconds(2))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#live-home .status")).stream()
                            .filter(e -> e.getText().contains("alice, live"))
                            .findFirst()
                            .orElse(null));
            assertThat(card).isNotNull();

            alices.get(url("/@" + bob.username() + "/" + bobsPost.id()));
            alices.findElement(By.cssSelector(".focused button.favourite")).click();
            new WebDriverWait(browser, Duration.ofSeconds(2))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("unread-badge")).getText().equals("1"));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded"))
                    .isEqualTo(true);
        } finally {
            alices.quit();
        }
    }
}
