package org.idic.crm.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browsers of the whole test run: started once, on first use, and shared by every browser test (a
 * Chromium takes seconds to start); closed when the test JVM ends. Most journeys need one window; the
 * conflict journey needs a second person at the same time.
 */
final class Browsers {

    private static final List<Tab> TABS = new ArrayList<>();
    private static final List<ChromeDriver> DRIVERS = new ArrayList<>();

    private Browsers() {
    }

    /** The {@code n}th browser (0 or 1); skips the test, or fails it in CI, when there is no browser. */
    static synchronized Tab get(int n) {
        requireBrowser();
        while (TABS.size() <= n) {
            Path downloads = Path.of("target", "browser-downloads", String.valueOf(TABS.size()));
            try {
                Files.createDirectories(downloads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeDriver driver = Chromium.start(downloads);
            if (DRIVERS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(Browsers::quitAll, "browsers-quit"));
            }
            DRIVERS.add(driver);
            TABS.add(new Tab(driver, downloads));
        }
        return TABS.get(n);
    }

    /**
     * Outside CI a machine without Chromium skips the browser tests, saying why; in CI
     * ({@value Chromium#REQUIRED} set) the same is a failure, so that the tests cannot silently not run.
     */
    static void requireBrowser() {
        Chromium.missing().ifPresent(reason -> {
            if (Chromium.required()) {
                Assertions.fail("Browser tests are required here (" + Chromium.REQUIRED + " is set) but " + reason);
            }
            Assumptions.abort("Browser test skipped: " + reason + ". Set " + Chromium.REQUIRED
                    + "=true to make this a failure.");
        });
    }

    private static synchronized void quitAll() {
        DRIVERS.forEach(driver -> {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // the browser is gone already; nothing left to close
            }
        });
    }
}
