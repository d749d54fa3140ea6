package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator (issue 9): previews a change of the settings, saves it, runs the segmentation and
 * watches the run finish; the run page speaks plain words in both languages, with the technical figures
 * in a details section (defect 9).
 */
class AdminJourneyTest extends BrowserJourney {

    /** Internals that must not show on the run pages outside their details section. */
    static final List<String> INTERNALS = List.of("engine.", "write.", "peakHeapBytes", "logLikelihood", "FIT_BG_NBD",
            "demo setup", "MAINTAIN ", "PROSPECT ", "gammaGamma", "bgnbd");


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anAdministratorPreviewsSavesAndRuns(String language) {
        tab.begin(port, "admin-settings").signIn("admin", language, "/admin/segmentation");
        BigDecimal share = new BigDecimal(tab.value(By.id("s-mvcShare")));
        BigDecimal changed = language.equals("en") ? share.add(new BigDecimal("0.01")) : share.subtract(
                new BigDecimal("0.01"));
        tab.type(By.id("s-mvcShare"), changed.toPlainString());
        tab.follow(By.id("preview-settings"), "preview");
        assertThat(tab.find(By.id("preview")).isDisplayed()).isTrue();
        assertThat(new BigDecimal(tab.value(By.id("s-mvcShare")))).isEqualByComparingTo(changed);
        tab.follow(By.id("save-settings"), "saved");
        assertThat(new BigDecimal(tab.value(By.id("s-mvcShare")))).isEqualByComparingTo(changed);

        tab.follow(By.cssSelector("a.nav-link[href='/segmentation/runs']"), "runs");
        assertThat(visibleText()).doesNotContain(INTERNALS);
        tab.follow(By.id("start-run-button"), "run-started");
        new WebDriverWait(tab.driver(), Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("run-succeeded")));
        tab.arrived("run-finished");
        assertThat(visibleText()).doesNotContain(INTERNALS);
        assertThat(tab.find(By.id("run-details")).getDomAttribute("open")).isNull();
        tab.find(By.cssSelector("#run-details summary")).click();
        tab.shot("run-details");
        assertThat(tab.text(By.id("run-details"))).isNotBlank();
        tab.follow(By.cssSelector(".breadcrumb a"), "history");
        assertThat(visibleText()).doesNotContain(INTERNALS);
    }

    private String visibleText() {
        return tab.find(By.tagName("main")).getText();
    }
}
