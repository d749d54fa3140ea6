package org.idic.crm.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.security.TestUsers;
import org.idic.crm.web.support.DemoUsersExtension;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12, finding 4: a date out of range ({@code 0000-01-01} was stored and read back as year -1) is
 * refused with a field error in the user's language, the form kept; dates inside the range are saved.
 */
@WebIntegrationTest
@ExtendWith(DemoUsersExtension.class)
class DateBoundsTest {

    static final String BUSINESS_EN = "Please enter a date between 1 January 1900 and a year from today.";
    static final String BUSINESS_ZH = "请输入 1900 年 1 月 1 日至今后一年之间的日期。";
    static final String BIRTH_EN = "Please enter a date between 1 January 1900 and today.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    String customer;

    @BeforeEach
    void customer() {
        customer = "/customers/" + scenario.customerOf("rep1", "Dates Ltd");
    }

    @AfterEach
    void defaultLanguage() {
        jdbc.update("update app_user set locale = null where username = 'rep1'");
    }

    @Test
    void businessDatesBefore1900OrMoreThanAYearAheadAreRefusedOnEveryForm() throws Exception {
        String farAhead = LocalDate.now().plusYears(2).toString();
        for (String date : new String[] {"0000-01-01", "1899-12-31", farAhead}) {
            assertRefused(customer + "/orders", "en", BUSINESS_EN, Map.of("orderDate", date, "status", "COMPLETED",
                    "channel", "ONLINE", "amount", "1"));
            assertRefused(customer + "/interactions", "en", BUSINESS_EN, Map.of("channel", "PHONE", "direction",
                    "OUTBOUND", "purpose", "CARE", "occurredAt", date + "T10:00", "summary", "x"));
            assertRefused(customer + "/complaints", "en", BUSINESS_EN, Map.of("receivedAt", date + "T10:00",
                    "channel", "PHONE", "category", "SERVICE", "severity", "LOW", "description", "x"));
        }
        assertRefused(customer + "/orders", "zh-CN", BUSINESS_ZH, Map.of("orderDate", "0000-01-01", "status",
                "COMPLETED", "channel", "ONLINE", "amount", "1"));
    }

    @Test
    void birthDatesAndBirthdaysMustBeFrom1900ToToday() throws Exception {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        for (String date : new String[] {"0000-01-01", tomorrow}) {
            assertRefused("/customers", "en", BIRTH_EN, Map.of("kind", "INDIVIDUAL", "name", "Born Later",
                    "individual.birthDate", date));
            assertRefused(customer + "/contacts", "en", BIRTH_EN, Map.of("name", "Li Lei", "birthday", date));
        }
    }

    @Test
    void datesInsideTheRangeAreSaved() throws Exception {
        MvcResult result = send(customer + "/orders", "en", Map.of("orderDate", "1900-01-01", "status", "COMPLETED",
                "channel", "ONLINE", "amount", "1"));

        assertThat(result.getResponse().getRedirectedUrl()).matches("/orders/\\d+");
        assertThat(jdbc.queryForObject("select count(*) from customer_order where order_date = date '1900-01-01'",
                Long.class)).isEqualTo(1);
    }

    private void assertRefused(String action, String language, String message, Map<String, String> form)
            throws Exception {
        long before = jdbc.queryForObject("select count(*) from customer_order", Long.class)
                + jdbc.queryForObject("select count(*) from interaction", Long.class)
                + jdbc.queryForObject("select count(*) from complaint", Long.class)
                + jdbc.queryForObject("select count(*) from contact", Long.class)
                + jdbc.queryForObject("select count(*) from customer", Long.class);
        MvcResult result = send(action, language, form);

        assertThat(result.getResponse().getStatus()).as(action + " " + form).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).as(action + " " + form).contains(message);
        assertThat(jdbc.queryForObject("select count(*) from customer_order", Long.class)
                + jdbc.queryForObject("select count(*) from interaction", Long.class)
                + jdbc.queryForObject("select count(*) from complaint", Long.class)
                + jdbc.queryForObject("select count(*) from contact", Long.class)
                + jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(before);
    }

    private MvcResult send(String action, String language, Map<String, String> form) throws Exception {
        jdbc.update("update app_user set locale = ? where username = 'rep1'", language);
        MockHttpServletRequestBuilder request = post(action).with(csrf()).with(TestUsers.as(accounts, "rep1"))
                .header("Accept-Language", language);
        form.forEach(request::param);
        return mvc.perform(request).andReturn();
    }
}
