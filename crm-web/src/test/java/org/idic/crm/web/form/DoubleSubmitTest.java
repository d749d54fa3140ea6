package org.idic.crm.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.security.TestUsers;
import org.idic.crm.web.support.DemoUsersExtension;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12, finding 3: every create form sent twice with the same one-time token (a double click, a
 * browser retry, back and resubmit) creates one record, and both answers lead to it.
 */
@WebIntegrationTest
@ExtendWith(DemoUsersExtension.class)
class DoubleSubmitTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyCreateFormSentTwiceCreatesOneRecordAndLeadsToItTwice() throws Exception {
        Long customer = scenario.customerOf("rep1", "Double Submit Ltd");
        String c = "/customers/" + customer;
        check("rep1", "/customers/new", "/customers", "customer",
                Map.of("kind", "INDIVIDUAL", "name", "Twice Clicked"));
        check("rep1", c + "/contacts/new", c + "/contacts", "contact", Map.of("name", "Wang Fang"));
        check("rep1", c + "/orders/new", c + "/orders", "customer_order",
                Map.of("orderDate", "2026-01-02", "status", "COMPLETED", "channel", "ONLINE", "amount", "99.00"));
        check("rep1", c + "/interactions/new", c + "/interactions", "interaction", Map.of("channel", "PHONE",
                "direction", "OUTBOUND", "purpose", "CARE", "occurredAt", "2026-01-02T10:00", "summary", "Called"));
        check("rep1", c + "/complaints/new", c + "/complaints", "complaint", Map.of("receivedAt", "2026-01-02T10:00",
                "channel", "PHONE", "category", "SERVICE", "severity", "LOW", "description", "Broken lid"));
        check("admin", "/products/new", "/products", "product", Map.of("sku", "TWICE-" + System.nanoTime(),
                "name", "Oolong", "listPrice", "3", "active", "true"));
    }

    @Test
    void aFormRefusedTheFirstTimeCanBeCorrectedAndSentWithTheSameToken() throws Exception {
        String token = token("rep1", "/customers/new");
        long before = count("customer");

        MvcResult refused = send("rep1", "/customers", token, Map.of("kind", "INDIVIDUAL", "name", ""));
        MvcResult corrected = send("rep1", "/customers", token, Map.of("kind", "INDIVIDUAL", "name", "Second Try"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(corrected.getResponse().getRedirectedUrl()).matches("/customers/\\d+");
        assertThat(count("customer")).isEqualTo(before + 1);
    }

    @Test
    void twoFormsOpenedSeparatelyCreateTwoRecords() throws Exception {
        long before = count("customer");

        send("rep1", "/customers", token("rep1", "/customers/new"), Map.of("kind", "INDIVIDUAL", "name", "Twin A"));
        send("rep1", "/customers", token("rep1", "/customers/new"), Map.of("kind", "INDIVIDUAL", "name", "Twin A"));

        assertThat(count("customer")).isEqualTo(before + 2);
    }

    private void check(String user, String page, String action, String table, Map<String, String> form)
            throws Exception {
        String token = token(user, page);
        long before = count(table);

        MvcResult first = send(user, action, token, form);
        MvcResult second = send(user, action, token, form);

        assertThat(first.getResponse().getStatus()).as(action).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).as(action)
                .isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(count(table)).as(action).isEqualTo(before + 1);
    }

    private String token(String user, String page) throws Exception {
        String html = mvc.perform(get(page).with(TestUsers.as(accounts, user))).andReturn().getResponse()
                .getContentAsString();
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as(page + " has a one-time token").isTrue();
        return m.group(1);
    }

    private MvcResult send(String user, String action, String token, Map<String, String> form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("formToken", token);
        MockHttpServletRequestBuilder request = post(action).with(csrf()).with(TestUsers.as(accounts, user));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
