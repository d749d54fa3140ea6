package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A manager's reports (issue 9): every report drawn, every series of every chart visible (defect 6: the
 * lifecycle chart hid the customer counts on the revenue axis); a bar drills down to its customers,
 * the list says which filter is on and keeps it when the search changes; the list exports.
 */
class ManagerJourneyTest extends BrowserJourney {

    static final List<String> REPORTS = List.of("tiers", "pareto", "rfm", "value-matrix", "lifecycle", "migration",
            "team");

    @Autowired
    MessageSource messages;
    @Autowired
    java.time.Clock clock;

    /**
     * My day's team overview (its figures kept by triggers since V30_1) shows each person's customers and
     * their customers' overdue follow-ups as a count of the rows has them, on a laptop and on a phone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void myDayShowsTheTeamAsTheRowsCountIt(String language) {
        tab.begin(port, "manager-my-day").signIn("manager1", language, "/");
        List<org.openqa.selenium.WebElement> rows = tab.all(By.cssSelector("#team-overview tbody tr"));
        assertThat(rows).hasSize(3);
        for (org.openqa.selenium.WebElement row : rows) {
            String href = row.findElement(By.cssSelector("a")).getAttribute("href");
            long owner = Long.parseLong(href.substring(href.indexOf("owner=") + "owner=".length()));
            List<org.openqa.selenium.WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(2).getText()).as("customers of %d", owner).isEqualTo(String.valueOf(
                    jdbc.queryForObject("select count(*) from customer where owner_id = ?", Long.class, owner)));
            assertThat(cells.get(3).getText()).as("overdue follow-ups of %d", owner).isEqualTo(String.valueOf(
                    jdbc.queryForObject("select count(*) from interaction i join customer c on c.id = i.customer_id"
                            + " where c.owner_id = ? and i.follow_up_on < ? and not i.follow_up_done", Long.class,
                            owner, java.sql.Date.valueOf(java.time.LocalDate.now(clock)))));
        }
        assertThat(jdbc.queryForObject("select sum(customers) from owner_customers", Long.class)).isPositive();
        tab.at(Tab.PHONE).open("/", "phone");
        assertThat(Layout.pageFitsTheWidth(tab)).isEmpty();
        assertThat(tab.find(By.id("team-overview")).isDisplayed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyReportDrawsEverySeries(String language) {
        tab.begin(port, "manager-reports").signIn("manager1", language, "/reports");
        for (String report : REPORTS) {
            tab.follow(By.cssSelector("#report-tabs a[href^='/reports/" + report + "']"), report);
            assertThat(Charts.drawn(tab)).as(report).isPositive();
            assertThat(Charts.problems(tab)).as(report).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aBarOpensItsCustomersAndTheFilterStaysThroughASearchAndTheExport(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String mvc = messages.getMessage("enum.Tier.MVC", null, locale);
        tab.begin(port, "manager-drill-down").signIn("manager1", language, "/reports/tiers");
        int index = tab.all(By.cssSelector("#tier-report-table tbody tr")).stream().map(r -> r.getDomAttribute(
                "data-value")).toList().indexOf("MVC");
        assertThat(index).isNotNegative();

        Charts.click(tab, "tier-report", 0, index, "mvc-bar");
        assertThat(tab.path()).startsWith("/customers").contains("tier=MVC");
        assertThat(tab.text(By.cssSelector("#active-filters [data-filter='tier']"))).contains(mvc);
        assertThat(CustomerList.tiers(tab)).isNotEmpty().containsOnly("MVC");

        tab.type(By.id("q"), "a").enter(By.id("q"), "searched");
        assertThat(tab.text(By.cssSelector("#active-filters [data-filter='tier']"))).contains(mvc);
        assertThat(CustomerList.tiers(tab)).containsOnly("MVC");
        int shown = tab.all(By.cssSelector("#customers tbody tr")).size();

        Path csv = tab.download(By.cssSelector("#export a[href*='format=csv']"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains(messages.getMessage("export.customers.tier", null, locale));
        assertThat(lines.subList(1, lines.size())).hasSizeGreaterThanOrEqualTo(shown).allMatch(l -> l.contains(mvc));
    }
}
