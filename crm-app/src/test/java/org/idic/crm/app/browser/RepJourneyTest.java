package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A sales rep's day (issue 9): finds a customer by a score filter, edits it (every field keeps its
 * value), logs an interaction with a follow-up, finds it on My day and marks it done, and takes a
 * complaint through its four steps.
 */
class RepJourneyTest extends BrowserJourney {

    private static final By SAVE = By.cssSelector("main form button[type=submit].btn-primary");


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRepWorksACustomerFoundByItsScore(String language) {
        tab.begin(port, "rep-day").signIn("rep1", language, "/customers");
        CustomerList.openFilters(tab);
        tab.choose(By.id("f-tier"), "MGC").choose(By.id("kind"), "INDIVIDUAL");
        tab.follow(By.id("apply-filters"), "mgc-individuals");
        assertThat(CustomerList.tiers(tab)).isNotEmpty().containsOnly("MGC");
        WebElement row = tab.all(By.cssSelector("#customers tbody tr")).get(language.equals("en") ? 0 : 1);
        tab.follow(row.findElement(By.cssSelector("a")), "customer");
        String customerPath = tab.path();
        String name = tab.text(By.id("customer-name"));

        tab.follow(By.id("edit-customer"), "edit");
        Map<String, String> before = formValues();
        assertThat(before.get("individual.birthDate")).isNotBlank();
        tab.type(By.id("notes"), "Prefers calls after 10:00 (" + language + ")");
        tab.follow(SAVE, "saved");
        tab.follow(By.id("edit-customer"), "edit-again");
        Map<String, String> after = formValues();
        before.put("notes", "Prefers calls after 10:00 (" + language + ")");
        before.remove("version");
        after.remove("version");
        assertThat(after).isEqualTo(before);

        tab.open(customerPath, "back-to-customer");
        String summary = "Called about the spring order (" + language + ")";
        tab.type(By.id("summary"), summary).set(By.id("followUpOn"), LocalDate.now().toString());
        tab.follow(By.cssSelector("#log-interaction button[type=submit]"), "interaction-logged");
        assertThat(tab.text(By.id("timeline"))).contains(summary);

        tab.follow(By.cssSelector("nav a.navbar-brand"), "my-day");
        WebElement followUp = followUp(summary);
        assertThat(followUp.getText()).contains(name);
        tab.follow(followUp.findElement(By.cssSelector("form[action$='/follow-up-done'] button")), "follow-up-done");
        assertThat(tab.all(By.cssSelector("#follow-ups li")).stream().map(WebElement::getText))
                .noneMatch(t -> t.contains(summary));

        tab.open(customerPath, "customer-for-complaint");
        tab.follow(By.id("record-complaint"), "new-complaint");
        tab.choose(By.id("category"), "DELIVERY").type(By.id("description"), "The parcel came a week late");
        tab.follow(SAVE, "received");
        tab.follow(By.cssSelector("form[action$='/validate'] button"), "founded");
        tab.type(By.id("resolution"), "Free delivery on the next order").type(By.id("compensationCost"), "25");
        tab.follow(By.cssSelector("form[action$='/resolution'] button"), "resolution");
        tab.type(By.id("notes"), "Called back: happy with the offer").choose(By.id("satisfaction"), "4");
        tab.follow(By.cssSelector("form[action$='/follow-up'] button"), "closed");
        assertThat(tab.find(By.id("complaint-status")).getDomAttribute("data-status")).isEqualTo("CLOSED");
        assertThat(tab.all(By.id("next-step"))).isEmpty();
    }

    private WebElement followUp(String summary) {
        return tab.all(By.cssSelector("#follow-ups li")).stream().filter(li -> li.getText().contains(summary))
                .findFirst().orElseThrow(() -> new AssertionError("no follow-up \"" + summary + "\" on My day"));
    }

    /** Every field of the form on the page, by name, as the browser would send it. */
    private Map<String, String> formValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (WebElement field : tab.all(By.cssSelector("main form[method=post] [name]"))) {
            String name = field.getDomAttribute("name");
            if (name.startsWith("_") || "checkbox".equals(field.getDomAttribute("type")) && !field.isSelected()) {
                continue;
            }
            values.put(name, field.getDomProperty("value"));
        }
        return values;
    }
}
