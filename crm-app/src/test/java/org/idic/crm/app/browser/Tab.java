package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser window driven the way a person uses the CRM, for one journey at a time. Every page it
 * arrives on is checked (no console error, no CSP violation, no failed request: {@link PageProblems};
 * no table cell squeezed to a character per line, no button or badge broken over lines: {@link Layout})
 * and photographed into {@code target/screenshots/JOURNEY-NN-STEP-LANGUAGE-WIDTH.png}.
 */
final class Tab {

    /** A window size. */
    record Viewport(String name, int width, int height) {
    }

    static final Viewport DESKTOP = new Viewport("1366", 1366, 900);
    static final Viewport PHONE = new Viewport("390", 390, 844);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final boolean FULL_PAGE = "full".equals(System.getProperty("crm.screenshots",
            System.getenv().getOrDefault("CRM_SCREENSHOTS", "")));

    private final ChromeDriver driver;
    private final PageProblems problems;
    private final Path downloads;
    private String base;
    private String journey = "page";
    private int step;
    private Viewport viewport = DESKTOP;
    private Integer expectedStatus;
    private LanguagePreference languages = (user, language) -> {
    };

    Tab(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.problems = new PageProblems(driver);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PageProblems.RECORDER));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toAbsolutePath().toString()));
        // no animated scrolling or sliding panels: a click lands where the element is, not where it is going
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                java.util.List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /** Starts a journey on the application at {@code port}: signed out, desktop width, nothing pending. */
    Tab begin(int port, String journeyName) {
        this.base = "http://localhost:" + port;
        this.journey = journeyName;
        this.step = 0;
        driver.manage().deleteAllCookies();
        problems.collect(null);
        return at(DESKTOP);
    }

    Tab at(Viewport size) {
        this.viewport = size;
        metrics(size.width(), size.height());
        return this;
    }

    private void metrics(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", viewport == PHONE));
    }

    Viewport viewport() {
        return viewport;
    }

    /** The next page is meant to answer with this status (a conflict, a refused request). */
    Tab expectStatus(int status) {
        this.expectedStatus = status;
        return this;
    }

    Tab open(String path, String stepName) {
        driver.get(base + path);
        return arrived(stepName);
    }

    /** Clicks something that leads to another page, and waits for that page. */
    Tab follow(By target, String stepName) {
        return follow(find(target), stepName);
    }

    Tab follow(WebElement target, String stepName) {
        WebElement page = driver.findElement(By.tagName("html"));
        scrollTo(target).click();
        pageGone(page);
        return arrived(stepName);
    }

    /**
     * Waits for the page to be replaced. Under load Chromium sometimes answers the check, made while the old
     * page is being torn down, with "node does not belong to the document" instead of "stale"; asked again,
     * it says stale.
     */
    private void pageGone(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }

    /** Performs a pointer action that leads to another page (a click on a chart), and waits for that page. */
    Tab followAction(org.openqa.selenium.interactions.Actions action, String stepName) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.perform();
        pageGone(page);
        return arrived(stepName);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Presses Enter in a field (which sends its form), and waits for the next page. */
    Tab enter(By field, String stepName) {
        WebElement page = driver.findElement(By.tagName("html"));
        scrollTo(find(field)).sendKeys(org.openqa.selenium.Keys.ENTER);
        pageGone(page);
        return arrived(stepName);
    }

    /** Checks the page that just loaded and photographs it. */
    Tab arrived(String stepName) {
        waitUntil(d -> "complete".equals(js("return document.readyState")));
        List<String> found = new java.util.ArrayList<>(problems.collect(expectedStatus));
        Layout.squeezedCells(this).forEach(cell -> found.add("layout: " + cell));
        Layout.brokenLabels(this).forEach(label -> found.add("layout: " + label));
        expectedStatus = null;
        shot(stepName);
        assertThat(found).as("problems on %s (%s)", driver.getCurrentUrl(), stepName).isEmpty();
        return this;
    }

    /** How a journey sets a user's saved language: what the switch at the top of every page stores. */
    interface LanguagePreference {
        void set(String username, String languageTag);
    }

    Tab languages(LanguagePreference preference) {
        this.languages = preference;
        return this;
    }

    /**
     * Signs in as a person who reads {@code language} ("en" or "zh-CN"), the way one does on following a
     * link: {@code path} asks who you are first, and opens once you are signed in.
     */
    Tab signIn(String username, String language, String path) {
        languages.set(username, language);
        driver.manage().deleteAllCookies();
        open(path, "sign-in");
        type(By.id("username"), username);
        type(By.id("password"), "demo1234");
        return follow(By.cssSelector("#login-form button[type=submit]"), username + path.replaceAll("[/?=&]+", "-"));
    }

    /** Switches the interface language with the switch at the top of the page ("en" or "zh-CN"). */
    Tab language(String tag) {
        if (tag.startsWith(js("return document.documentElement.lang").toString().substring(0, 2))) {
            return this;
        }
        By button = By.cssSelector("#language-switch button[value='" + tag + "']");
        if (!find(button).isDisplayed()) {
            find(By.cssSelector(".navbar-toggler")).click();
            waitUntil(ExpectedConditions.visibilityOfElementLocated(button));
        }
        return follow(button, "language-" + tag);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return find(by).getText();
    }

    String value(By by) {
        return find(by).getDomProperty("value");
    }

    Tab type(By by, String text) {
        WebElement field = scrollTo(find(by));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets an input's value as the browser's own picker would (date and time inputs type differently per locale). */
    Tab set(By by, String value) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(by), value);
        return this;
    }

    Tab choose(By by, String value) {
        new Select(scrollTo(find(by))).selectByValue(value);
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String path() {
        return url().substring(base.length());
    }

    Path downloads() {
        return downloads;
    }

    /** Clicks a download link and returns the file once the browser has written it (the folder emptied first). */
    Path download(By link) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        scrollTo(find(link)).click();
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> !f.toString().endsWith(".crdownload")).findFirst().orElse(null);
            }
        }, f -> f != null);
    }

    /** Answers yes to the next "are you sure?" a button asks (data-confirm), as a person would. */
    Tab confirmingYes() {
        js("window.confirm = function () { return true; };");
        return this;
    }

    WebElement scrollTo(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    /**
     * What a person sees on arriving: the window at this width; with {@code -Dcrm.screenshots=full} (or
     * {@code CRM_SCREENSHOTS=full}) the whole page up to 6,000 px, for reading the pages through (slower).
     */
    void shot(String stepName) {
        step++;
        String language = String.valueOf(js("return document.documentElement.lang || 'none'"));
        if (FULL_PAGE) {
            int height = ((Number) js("return Math.min(6000, document.documentElement.scrollHeight)")).intValue();
            metrics(viewport.width(), Math.max(height, viewport.height()));
        }
        Map<String, Object> png = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        if (FULL_PAGE) {
            at(viewport);
        }
        String name = "%s-%02d-%s-%s-%s.png".formatted(journey, step, stepName, language, viewport.name());
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_")),
                    Base64.getDecoder().decode((String) png.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
