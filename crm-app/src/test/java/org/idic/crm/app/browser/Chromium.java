package org.idic.crm.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's Chromium and its chromedriver (Debian's {@code chromium} and {@code chromium-driver}),
 * headless. Both paths are given to Selenium, so Selenium Manager never looks for (or downloads) a
 * browser or a driver. {@code CRM_CHROMIUM} and {@code CRM_CHROMEDRIVER} name other binaries.
 */
final class Chromium {

    /** Set (to anything but "false") where a missing browser must fail the build: CI sets it. */
    static final String REQUIRED = "CRM_BROWSER_REQUIRED";

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Chromium() {
    }

    static boolean required() {
        String value = System.getenv(REQUIRED);
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }

    /** Why no browser can be started here, if it cannot. */
    static Optional<String> missing() {
        if (browser().isEmpty()) {
            return Optional.of("no Chromium found (looked for " + BROWSERS + "; set CRM_CHROMIUM, or install the"
                    + " Debian package chromium)");
        }
        if (driver().isEmpty()) {
            return Optional.of("no chromedriver found (looked for " + DRIVERS + "; set CRM_CHROMEDRIVER, or install"
                    + " the Debian package chromium-driver)");
        }
        return Optional.empty();
    }

    /** A new headless browser at desktop size that keeps its console and network logs for the checks. */
    static ChromeDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().orElseThrow());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage",
                // the window is taller than the page's viewport (its own bars take some height): each tab
                // sets the viewport to exactly the size under test
                "--window-size=" + Tab.DESKTOP.width() + "," + (Tab.DESKTOP.height() + 300),
                "--lang=en-GB");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-GB,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver().orElseThrow()).toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static Optional<String> browser() {
        return find("CRM_CHROMIUM", BROWSERS);
    }

    private static Optional<String> driver() {
        return find("CRM_CHROMEDRIVER", DRIVERS);
    }

    private static Optional<String> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? Optional.of(configured) : Optional.empty();
        }
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}
