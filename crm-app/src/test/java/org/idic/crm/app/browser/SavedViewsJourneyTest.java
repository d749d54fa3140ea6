package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Saved views (issue 9): a rep saves a filtered, sorted list under a name, opens the plain list, applies
 * the view and is back on the same filters and order; renames it and deletes it on "My saved views".
 */
class SavedViewsJourneyTest extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRepSavesAppliesRenamesAndDeletesAView(String language) {
        String name = "MGC " + language;
        tab.begin(port, "views").signIn("rep1", language, "/customers?tier=MGC&sort=last_activity&dir=desc");
        openViews();
        tab.type(By.id("view-name"), name);
        tab.follow(By.id("view-save-button"), "saved");
        assertThat(tab.text(By.id("flash-text"))).contains(name);

        tab.open("/customers", "plain-list");
        openViews();
        tab.follow(By.xpath("//button[contains(@class, 'view-apply') and normalize-space() = '" + name + "']"),
                "applied");
        assertThat(tab.path()).contains("tier=MGC").contains("sort=last_activity").contains("dir=desc");
        assertThat(tab.all(By.cssSelector("#active-filters [data-filter='tier']"))).hasSize(1);
        assertThat(CustomerList.tiers(tab)).isNotEmpty().containsOnly("MGC");

        openViews();
        tab.follow(By.id("views-manage"), "manage");
        By rename = By.cssSelector("[data-view='" + name + "'] .view-rename input[name=name]");
        tab.type(rename, name + " renamed");
        tab.follow(By.cssSelector("[data-view='" + name + "'] .view-rename button"), "renamed");
        assertThat(tab.all(By.cssSelector("[data-view='" + name + " renamed']"))).hasSize(1);

        tab.confirmingYes().follow(By.cssSelector("[data-view='" + name + " renamed'] .view-delete"), "deleted");
        assertThat(tab.all(By.cssSelector("[data-view='" + name + " renamed']"))).isEmpty();
    }

    private void openViews() {
        tab.find(By.id("views-toggle")).click();
        tab.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("view-name")));
        tab.shot("views-menu");
    }
}
