package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The audit trail at 1366 px and on a phone, in both languages (issue 10): it never scrolls sideways; on a
 * phone each event is a card and the filters still filter.
 */
class AuditPageLayoutTest extends BrowserJourney {

    /** A change as long as real ones get: many fields, a long text, an address with no space to break at. */
    private static final String LONG_CHANGE = "{\"name\":[\"Harbour Lanterns Trading Company Limited\","
            + "\"Harbour Lanterns Trading Co.\"],\"status\":[\"ACTIVE\",\"CLOSED\"],\"website\":[null,"
            + "\"https://www.harbour-lanterns.example.com/about/our-company/history-and-people\"],"
            + "\"notes\":[\"Met at the Canton fair; wants quarterly deliveries\","
            + "\"Prefers WeChat to e-mail; ask for the buyer Li Lei first\"],"
            + "\"priorityDelivery\":[\"false\",\"true\"],\"creditRating\":[\"BBB\",\"A\"]}";

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theAuditTrailFitsADesktopAndAPhoneWhereEachEventIsACard(String language) {
        long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
        jdbc.update("insert into audit_event (actor, action, entity_type, entity_id, customer_id, details)"
                + " values ('manager1', 'UPDATE', 'customer', ?, ?, ?)", customer, customer, LONG_CHANGE);

        tab.begin(port, "audit-" + language).signIn("admin", language, "/audit");
        assertThat(Layout.pageFitsTheWidth(tab)).as("desktop").isEmpty();
        assertThat(tab.js("var box = document.getElementById('audit').parentElement;"
                + " return box.scrollWidth - box.clientWidth;")).as("the table fits 1366 px").isEqualTo(0L);
        assertThat(tab.text(By.id("audit"))).doesNotContain("ACTIVE", "priorityDelivery", "creditRating");

        tab.at(Tab.PHONE).open("/audit", "phone");
        assertThat(Layout.pageFitsTheWidth(tab)).as("phone").isEmpty();
        assertThat(tab.js("var box = document.getElementById('audit').parentElement;"
                + " return box.scrollWidth - box.clientWidth;")).as("the events do not scroll sideways").isEqualTo(0L);
        assertThat(tab.find(By.cssSelector("#audit thead")).isDisplayed()).as("no header row on a phone").isFalse();
        assertThat(tab.js("return getComputedStyle(document.querySelector('#audit tbody tr')).display"))
                .as("each event a card").isEqualTo("flex");
        assertThat(cardWidths()).as("cards as wide as the screen, not wider").allMatch(w -> w > 300 && w <= 390);

        tab.choose(By.id("action"), "UPDATE").choose(By.id("type"), "customer")
                .follow(By.cssSelector("#audit-filters button[type=submit]"), "phone-filtered");
        assertThat(tab.url()).contains("action=UPDATE", "type=customer");
        assertThat(Layout.pageFitsTheWidth(tab)).as("phone, filtered").isEmpty();
        assertThat(tab.text(By.id("audit"))).contains(language.equals("en") ? "Priority delivery" : "优先发货");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Long> cardWidths() {
        return (java.util.List<Long>) tab.js("return Array.from(document.querySelectorAll('#audit tbody tr'))"
                + ".map(function (r) { return Math.round(r.getBoundingClientRect().width); })");
    }
}
