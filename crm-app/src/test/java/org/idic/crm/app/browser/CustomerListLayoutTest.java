package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The customer list on a laptop and on a phone (issue 9, defect 5): at 1366 px it fits without
 * sideways scrolling and nothing wraps a character per line, in both languages; the columns are the
 * user's choice, remembered; the filters wait in a panel; on a phone each customer is a card.
 */
class CustomerListLayoutTest extends BrowserJourney {


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theListFitsALaptopScreen(String language) {
        for (String user : new String[] {"rep1", "manager1", "admin"}) {
            tab.begin(port, "list-fits-" + user).signIn(user, language, "/customers");
            assertThat(Layout.pageFitsTheWidth(tab)).as(user).isEmpty();
            assertThat(Layout.menuBarFits(tab)).as(user + ", the menu bar").isEmpty();
            assertThat(Layout.tableReadsWell(tab, "customers")).as(user).isEmpty();
            assertThat(tab.find(By.id("filter-panel")).isDisplayed()).as("filters start folded").isFalse();
        }
    }

    @Test
    void theChosenColumnsAreRemembered() {
        tab.begin(port, "list-columns").signIn("rep2", "en", "/customers");
        assertThat(columns()).doesNotContain("email");

        tab.find(By.id("columns-toggle")).click();
        tab.waitUntil(d -> tab.find(By.cssSelector("#columns-menu input[value='email']")).isDisplayed());
        tab.shot("columns-menu");
        tab.find(By.cssSelector("#columns-menu input[value='email']")).click();
        tab.follow(By.id("columns-save"), "email-added");
        assertThat(columns()).contains("email");

        tab.signIn("rep2", "en", "/customers?tier=MVC");
        assertThat(columns()).contains("email");
        tab.find(By.id("columns-toggle")).click();
        tab.waitUntil(d -> tab.find(By.id("columns-reset")).isDisplayed());
        tab.follow(By.id("columns-reset"), "reset");
        assertThat(columns()).doesNotContain("email");
        assertThat(tab.path()).contains("tier=MVC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void onAPhoneEachCustomerIsACardAndTheFirstIsOnTheFirstScreen(String language) {
        tab.begin(port, "list-phone").at(Tab.PHONE).signIn("rep1", language, "/customers");
        assertThat(Layout.pageFitsTheWidth(tab)).isEmpty();
        assertThat(tab.find(By.id("filter-panel")).isDisplayed()).isFalse();
        WebElement first = tab.find(By.cssSelector("#customers tbody tr"));
        assertThat(first.getCssValue("display")).isNotEqualTo("table-row");
        assertThat(tab.find(By.cssSelector("#customers thead")).isDisplayed()).isFalse();
        assertThat(first.getRect().getY()).isLessThan(Tab.PHONE.height());
        assertThat(first.findElement(By.cssSelector("a")).getText()).isNotBlank();

        CustomerList.openFilters(tab);
        tab.choose(By.id("f-tier"), "MVC");
        tab.follow(By.id("apply-filters"), "filtered");
        assertThat(tab.all(By.cssSelector("#active-filters [data-filter='tier']"))).hasSize(1);
    }

    private java.util.List<String> columns() {
        return tab.all(By.cssSelector("#customers thead th[data-column]")).stream()
                .map(th -> th.getDomAttribute("data-column")).toList();
    }
}
