package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every date and date-time field of every form shows the stored value (issue 9, defect 1: a birth date
 * rendered as "8/24/81" is empty in an {@code <input type="date">}, and saving then erased it), keeps
 * what was typed when the form is refused, and survives a save of another field: in both languages.
 */
class FormDatesTest extends BrowserJourney {


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void editingACustomerKeepsTheBirthDate(String language) {
        int nth = language.equals("en") ? 0 : 1;
        Map<String, Object> customer = jdbc.queryForMap("select c.id, c.birth_date from customer c join app_user u"
                + " on u.id = c.owner_id where u.username = 'rep1' and c.kind = 'INDIVIDUAL' and c.birth_date is not"
                + " null order by c.id offset ? limit 1", nth);
        Long id = (Long) customer.get("id");
        LocalDate birthDate = ((java.sql.Date) customer.get("birth_date")).toLocalDate();
        tab.begin(port, "dates-customer").signIn("rep1", language, "/customers/" + id + "/edit");

        assertThat(tab.value(By.id("individual.birthDate"))).isEqualTo(birthDate.toString());
        tab.type(By.id("notes"), "Only the notes changed (" + language + ")");
        tab.follow(By.cssSelector("form button[type=submit].btn-primary"), "saved");

        assertThat(jdbc.queryForObject("select birth_date from customer where id = ?", LocalDate.class, id))
                .isEqualTo(birthDate);
        assertThat(tab.text(By.id("individual-profile"))).contains(birthDate.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRefusedNewCustomerKeepsTheTypedBirthDate(String language) {
        tab.begin(port, "dates-new-customer").signIn("rep1", language, "/customers/new?kind=INDIVIDUAL");
        tab.set(By.id("individual.birthDate"), "1981-08-24");
        tab.follow(By.cssSelector("form button[type=submit].btn-primary"), "refused");

        assertThat(tab.find(By.id("name")).getDomAttribute("class")).contains("is-invalid");
        assertThat(tab.value(By.id("individual.birthDate"))).isEqualTo("1981-08-24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void contactOrderInteractionAndComplaintFormsShowTheirDates(String language) {
        int nth = language.equals("en") ? 0 : 1;
        Long customer = jdbc.queryForObject("select c.id from customer c join app_user u on u.id = c.owner_id where"
                + " u.username = 'rep1' and c.kind = 'ORGANISATION' and exists (select 1 from contact k where"
                + " k.customer_id = c.id) and exists (select 1 from customer_order o where o.customer_id = c.id)"
                + " and exists (select 1 from interaction i where i.customer_id = c.id) order by c.id offset ? limit 1",
                Long.class, nth);
        Long contact = jdbc.queryForObject("select min(id) from contact where customer_id = ?", Long.class, customer);
        jdbc.update("update contact set birthday = date '1975-03-09' where id = ?", contact);
        Map<String, Object> order = jdbc.queryForMap("select id, order_date from customer_order where customer_id = ?"
                + " order by id limit 1", customer);
        Long interaction = jdbc.queryForObject("select max(id) from interaction where customer_id = ?", Long.class,
                customer);
        jdbc.update("update interaction set occurred_at = timestamptz '2026-02-03 09:30:12.345678+00', follow_up_on ="
                + " date '2026-02-10' where id = ?", interaction);
        tab.begin(port, "dates-records").signIn("rep1", language, "/contacts/" + contact + "/edit");
        assertThat(tab.value(By.id("birthday"))).isEqualTo("1975-03-09");
        tab.open("/orders/" + order.get("id") + "/edit", "order");
        assertThat(tab.value(By.id("orderDate"))).isEqualTo(order.get("order_date").toString());
        tab.open("/interactions/" + interaction + "/edit", "interaction");
        assertThat(tab.value(By.id("occurredAt"))).startsWith(expectedLocal("2026-02-03T09:30:12Z"));
        assertThat(tab.value(By.id("followUpOn"))).isEqualTo("2026-02-10");
        tab.open("/customers/" + customer + "/orders/new", "new-order");
        assertThat(tab.value(By.id("orderDate"))).isEqualTo(LocalDate.now().toString());
        tab.open("/customers/" + customer + "/interactions/new", "new-interaction");
        assertThat(tab.value(By.id("occurredAt"))).startsWith(LocalDate.now().toString() + "T");
        tab.open("/customers/" + customer + "/complaints/new", "complaint");
        assertThat(tab.value(By.id("receivedAt"))).startsWith(LocalDate.now().toString() + "T");
        tab.set(By.id("receivedAt"), "2026-02-04T08:15");
        tab.follow(By.cssSelector("form button[type=submit].btn-primary"), "complaint-refused");
        assertThat(tab.value(By.id("receivedAt"))).startsWith("2026-02-04T08:15");
    }

    /** A stored instant as the form shows it: in the application's time zone, to the second. */
    private static String expectedLocal(String instant) {
        return java.time.LocalDateTime.ofInstant(java.time.Instant.parse(instant), java.time.ZoneId.systemDefault())
                .toString().substring(0, 19);
    }
}
