package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The customer list's score filters (issue 9, defects 2 and 3): offered, applied, shown and kept. */
class CustomerListFiltersTest extends BrowserJourney {


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyScoreFilterOffersItsValuesAndKeepsTheOneChosen(String language) {
        tab.begin(port, "list-score-filters").signIn("rep1", language, "/customers");
        for (String filter : List.of("f-tier", "f-lifecycle", "f-rfm", "f-abc", "f-pyramid", "f-relationship")) {
            assertThat(new Select(tab.find(By.id(filter))).getOptions()).as(filter).hasSizeGreaterThan(2);
        }
        CustomerList.openFilters(tab);
        tab.choose(By.id("f-tier"), "MGC");
        tab.follow(By.id("apply-filters"), "tier-MGC");

        assertThat(new Select(tab.find(By.id("f-tier"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("MGC");
        assertThat(CustomerList.tiers(tab)).isNotEmpty().containsOnly("MGC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aDrillDownShowsEveryFilterAndKeepsItThroughSearchSortAndPaging(String language) {
        Long rep1 = jdbc.queryForObject("select id from app_user where username = 'rep1'", Long.class);
        tab.begin(port, "list-drill-down").signIn("manager1", language, "/customers?tier=MAINTAIN&owner=" + rep1);
        assertThat(chips()).containsExactlyInAnyOrder("tier", "owner");
        assertThat(tab.text(By.cssSelector("#active-filters [data-filter='owner']"))).contains("Wang Wei");

        tab.type(By.id("q"), "a").enter(By.id("q"), "searched");
        assertThat(chips()).containsExactlyInAnyOrder("q", "tier", "owner");
        assertThat(CustomerList.tiers(tab)).isNotEmpty().containsOnly("MAINTAIN");

        CustomerList.openFilters(tab);
        tab.choose(By.id("sort"), "last_activity").follow(By.id("apply-filters"), "sorted");
        assertThat(chips()).containsExactlyInAnyOrder("q", "tier", "owner");
        if (!tab.all(By.cssSelector("a[rel='next']")).isEmpty()) {
            tab.follow(By.cssSelector("a[rel='next']"), "next-page");
            assertThat(chips()).containsExactlyInAnyOrder("q", "tier", "owner");
        }

        tab.follow(By.cssSelector("#active-filters [data-filter='owner'] a"), "owner-removed");
        assertThat(chips()).containsExactlyInAnyOrder("q", "tier");
        assertThat(tab.path()).contains("tier=MAINTAIN").doesNotContain("owner=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void reportOnlyFiltersAreShownAndKept(String language) {
        Long run = jdbc.queryForObject("select run_id from segmentation_current", Long.class);
        var cell = jdbc.queryForMap("select s.r_score, s.f_score, s.value_quadrant from customer_score s"
                + " join customer c on c.id = s.customer_id join app_user u on u.id = c.owner_id"
                + " where s.run_id = ? and u.username ="
                + " 'rep1' and s.r_score is not null order by s.customer_id limit 1", run);
        tab.begin(port, "list-report-filters").signIn("rep1", language, "/customers?r=" + cell.get("r_score") + "&f="
                + cell.get("f_score"));
        assertThat(chips()).containsExactlyInAnyOrder("r", "f");
        tab.type(By.id("q"), "e").enter(By.id("q"), "searched");
        assertThat(chips()).containsExactlyInAnyOrder("q", "r", "f");
        assertThat(tab.path()).contains("r=" + cell.get("r_score")).contains("f=" + cell.get("f_score"));

        tab.open("/customers?quadrant=" + cell.get("value_quadrant"), "quadrant");
        assertThat(chips()).containsExactly("quadrant");
        tab.follow(By.cssSelector("#active-filters [data-filter='quadrant'] a"), "quadrant-removed");
        assertThat(chips()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aShortSearchSaysWhatItMatches(String language) {
        tab.begin(port, "list-short-search").signIn("rep1", language, "/customers?q=a");
        assertThat(tab.find(By.id("short-search-hint")).isDisplayed()).isTrue();
        tab.open("/customers?q=ann", "longer");
        assertThat(tab.all(By.id("short-search-hint"))).isEmpty();
    }

    private List<String> chips() {
        return tab.all(By.cssSelector("#active-filters [data-filter]")).stream()
                .map(e -> e.getDomAttribute("data-filter")).toList();
    }
}
