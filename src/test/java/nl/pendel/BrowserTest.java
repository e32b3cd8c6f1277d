package nl.pendel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests: the application on a random port with its embedded MariaDB,
 * driven by headless Chromium through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Every step can be photographed into
 * {@code target/browser-screenshots/} so a failure can be seen.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestData testData;

    private final List<WebDriver> browsers = new ArrayList<>();
    private String testName = "test";
    private int step;

    @BeforeEach
    void name(TestInfo info) {
        testName = info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    /** A new browser window of its own (own cookies), 1280 × 900. */
    protected WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=nl-NL",
                "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new java.io.File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browsers.add(driver);
        return driver;
    }

    /** Signs in a demo account (password {@code welkom-in-pendel}) through the login form. */
    protected void loginDemo(WebDriver browser, String email) {
        login(browser, email, "welkom-in-pendel");
    }

    /** Signs in through the login form, as a person would. */
    protected void login(WebDriver browser, String email) {
        login(browser, email, TestData.PASSWORD);
    }

    protected void login(WebDriver browser, String email, String password) {
        browser.get(url("login"));
        waitUntil(browser, b -> !b.findElements(By.cssSelector("input[name=username]"))
                .isEmpty());
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password + "\n");
        waitUntil(browser, b -> !b.getCurrentUrl().contains("/login"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits up to ten seconds for the condition. */
    protected <T> T waitUntil(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }

    /** Writes a screenshot of this browser for the current step. */
    protected void screenshot(WebDriver browser, String what) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++step, what)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks the visible, enabled button with this text. A page still laying itself out (a grid
     * filling above the button, a notification sliding over it) can take the click: then the
     * button is scrolled to and clicked again, as a person would, until the wait runs out.
     */
    protected void clickButton(WebDriver browser, String text) {
        WebElement button = waitUntil(browser, d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(text) && b.isDisplayed() && b.isEnabled())
                .findFirst()
                .orElse(null));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    scrollTo(d, button);
                    button.click();
                    return true;
                });
    }

    /** The field of this kind with this label (Vaadin keeps the label as a property). */
    protected WebElement field(WebDriver browser, String tag, String label) {
        return waitUntil(browser, d -> (WebElement) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0])).find(e => e.label === arguments[1]) || null;",
                        tag,
                        label));
    }

    protected void type(WebDriver browser, String tag, String label, String text) throws InterruptedException {
        WebElement field = field(browser, tag, label);
        WebElement input = field.findElement(By.cssSelector("input"));
        scrollTo(browser, input);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", input);
        input.sendKeys(text);
        Thread.sleep(300);
        if (tag.equals("vaadin-date-picker")) {
            // the calendar overlay stays open after typing; close it as a person would by clicking away
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].opened = false", field);
            Thread.sleep(200);
        }
    }

    /** Types the start of an option into a combo box and picks the first match (again if the page redrew it). */
    protected void choose(WebDriver browser, String tag, String label, String start) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement input = field(browser, tag, label).findElement(By.cssSelector("input"));
                scrollTo(browser, input);
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", input);
                input.sendKeys(start);
                Thread.sleep(700);
                input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
                Thread.sleep(200);
                input.sendKeys(org.openqa.selenium.Keys.ENTER);
                Thread.sleep(300);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 2) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    /** On the attendance screen: marks the first person of the first session present. */
    protected void markFirstPresent(WebDriver browser) {
        WebElement present = waitUntil(browser, d -> d.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().equals("Aanwezig"))
                .findFirst()
                .orElse(null));
        scrollTo(browser, present);
        present.click();
    }

    /**
     * On an open self-assessment: rates each of the 18 indicators at level 3, names a first goal
     * and hands it in.
     */
    protected void fillInSelfAssessment(WebDriver browser) throws InterruptedException {
        waitUntil(
                browser,
                d -> d.findElements(By.cssSelector("vaadin-radio-group")).size() == 18);
        for (WebElement group : browser.findElements(By.cssSelector("vaadin-radio-group"))) {
            WebElement three =
                    group.findElements(By.cssSelector("vaadin-radio-button")).get(2);
            scrollTo(browser, three);
            three.click();
            Thread.sleep(120);
        }
        type(browser, "vaadin-text-field", "Doel 1", "Vaker samen met bewoners kijken wat er nodig is");
        Thread.sleep(2000);
        clickButton(browser, "Inleveren");
    }

    protected static void scrollTo(WebDriver browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Fetches a download of the page with the browser's own session, as a click would. */
    /**
     * What the page shows now: the body text plus notifications, the open dialog and the login
     * form, whose messages live outside the body text or in shadow roots.
     */
    protected static String shownText(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const deep = n => (n.shadowRoot ? Array.from(n.shadowRoot.childNodes).map(deep).join(' ') : '')
                  + ' ' + (n.nodeType === 3 ? n.textContent : Array.from(n.childNodes || []).map(deep).join(' '));
                return document.body.innerText + ' ' + Array.from(document.querySelectorAll(
                  'vaadin-notification-card, vaadin-dialog, vaadin-login-form')).map(deep).join(' ');"""));
    }

    /**
     * Runs axe-core (fetched from npm into {@code target/axe} by the build) on the page as it is
     * now and answers its serious and critical violations, one line each (rule, impact, help, the
     * first elements). Vaadin's development-mode tools are left out: they are not in production.
     */
    protected List<String> seriousAccessibilityViolations(WebDriver browser) {
        Path axe = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript(Files.readString(axe));
            Object result = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]}, {resultTypes: ['violations']})
                      .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                      .catch(e => done(['axe failed: ' + e]));""");
            List<String> violations = new ArrayList<>();
            if (result instanceof List<?> list) {
                list.forEach(v -> violations.add(String.valueOf(v)));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run the build once online (mvn -B verify)", e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("pendel-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
