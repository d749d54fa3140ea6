package org.idic.crm.app.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** How a person reads and drives the customer list. */
final class CustomerList {

    private CustomerList() {
    }

    /** Opens the filter panel (collapsed by default). */
    static void openFilters(Tab tab) {
        if (!tab.find(By.id("apply-filters")).isDisplayed()) {
            tab.find(By.id("filters-toggle")).click();
            tab.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("apply-filters")));
            tab.shot("filters-open");
        }
    }

    /** The tier code of every row shown. */
    static List<String> tiers(Tab tab) {
        return tab.all(By.cssSelector("#customers tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("[data-tier]")).stream().findFirst()
                        .map(e -> e.getDomAttribute("data-tier")).orElse(""))
                .toList();
    }
}
