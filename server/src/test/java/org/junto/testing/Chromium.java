package org.junto.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the browser tests: Debian's Chromium driven by its chromedriver (both installed by {@code .ci/run}),
 * headless, and the README's screenshots taken from it.
 */
public final class Chromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Skips the calling test class when Chromium or chromedriver is not installed. */
    public static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed");
    }

    /** A new headless browser window of 1200 × 900, in English, with or without JavaScript. */
    public static WebDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--lang=en");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1200, 900));
        return driver;
    }

    /**
     * Signs {@code username} in on the web app at {@code baseUrl} (cookies of an earlier session cleared first) and
     * waits, up to ten seconds, for the home page's compose form.
     */
    public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/auth/sign_in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("form.compose")).size() == 1);
    }

    /**
     * Saves what the browser shows as {@code docs/screenshots/NAME.png}, for the README and docs: from the SQLite run
     * only, since the PostgreSQL run would take the same pictures.
     */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        if (!"sqlite".equals(System.getProperty("junto.test.db"))) {
            return;
        }
        Path dir = Path.of("..", "docs", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
