package vn.traodoi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser journeys in Debian's headless Chromium, driven by Selenium against the running application.
 * The browser and its driver are given explicitly: nothing is downloaded.
 */
@IntegrationTest
public abstract class BrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    protected static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver); .ci/run installs them.");
        }
        profile = Files.createTempDirectory("traodoi-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void startSignedOut() {
        browser.manage().deleteAllCookies();
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitForPage();
    }

    protected void waitForPage() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Until the element's text starts with this one: "2 kết quả …", not a "52 kết quả" that merely contains it. */
    protected void waitForTextStartingWith(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textMatches(locator,
                Pattern.compile("^\\s*" + Pattern.quote(text) + "(?:\\s|$)")));
    }

    /** Signs out by dropping the session, then signs in as another user. */
    protected void signInAs(String username, String password) {
        browser.manage().deleteAllCookies();
        signIn(username, password);
    }

    protected void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void choose(String id, String visibleText) {
        new Select(waitFor(By.id(id))).selectByVisibleText(visibleText);
    }

    protected void click(String id) {
        click(By.id(id));
    }

    /** Scrolls the element to the middle of the window (a long menu may put it below the fold), clicks, waits. */
    protected void click(By locator) {
        String id = locator.toString().replaceAll("[^A-Za-z0-9-]+", "-");
        WebElement element = waitFor(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            try {
                Files.write(Path.of("target/click-" + id + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } catch (IOException ignored) {
                // the screenshot only helps reading the failure
            }
            throw e;
        }
        waitForPage();
    }

    protected void signIn(String username, String password) {
        open("/login");
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("current-user"));
    }
}
