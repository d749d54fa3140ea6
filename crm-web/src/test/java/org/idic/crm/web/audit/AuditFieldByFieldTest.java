package org.idic.crm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.activity.Complaints;
import org.idic.crm.domain.activity.ProductDetails;
import org.idic.crm.domain.activity.Products;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Complaints and products record each change field by field, old → new, as customers do, and the audit
 * page names those fields and their codes in the reader's language.
 */
@WebIntegrationTest
class AuditFieldByFieldTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Complaints complaints;
    @Autowired
    Products products;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    Scenario.Book book;

    @BeforeEach
    void aBook() {
        scenario.reset();
        book = scenario.bookOf("rep1");
    }

    @Test
    void aComplaintsStepsAreRecordedFieldByField() throws Exception {
        Actor rep1 = scenario.actor("rep1");
        complaints.validate(rep1, book.complaint(), 0);
        complaints.proposeResolution(rep1, book.complaint(), 1, "A new parcel by courier", new BigDecimal("25.00"));
        scenario.awaitEvents();

        assertThat(lines("complaint", book.complaint())).containsExactly(
                "{\"status\":[\"RECEIVED\",\"VALIDATED\"],\"founded\":[null,\"true\"]}",
                "{\"status\":[\"VALIDATED\",\"RESOLUTION_PROPOSED\"],\"resolution\":[null,\"A new parcel by courier\"],"
                        + "\"compensationCost\":[null,\"25.00\"]}");
        assertThat(page("complaint", Locale.ENGLISH)).contains("Status", "Received", "Resolution proposed", "Founded",
                "Yes", "Compensation cost").doesNotContain(">VALIDATED<", ">true<", "compensationCost");
        assertThat(page("complaint", Locale.SIMPLIFIED_CHINESE)).contains("状态", "补偿费用", "投诉成立", "是")
                .doesNotContain(">VALIDATED<", ">true<", "Compensation cost");
    }

    @Test
    void aProductsEditIsRecordedFieldByField() throws Exception {
        String sku = jdbc.queryForObject("select sku from product where id = ?", String.class, book.product());
        products.update(scenario.actor("admin"), book.product(), 0, new ProductDetails(sku, "Green tea", "Tea",
                new BigDecimal("13.00"), new BigDecimal("7.00"), false));
        scenario.awaitEvents();

        assertThat(lines("product", book.product())).containsExactly(
                "{\"listPrice\":[\"12.50\",\"13.00\"],\"active\":[\"true\",\"false\"]}");
        assertThat(page("product", Locale.ENGLISH)).contains("List price", "12.50", "13.00", "Active", "Yes", "No")
                .doesNotContain(">true<", ">false<", "listPrice");
        assertThat(page("product", Locale.SIMPLIFIED_CHINESE)).contains("标价", "有效", "是", "否")
                .doesNotContain(">true<", ">false<", "List price");
    }

    private java.util.List<String> lines(String type, Long id) {
        return jdbc.queryForList("select details from audit_event where entity_type = ? and entity_id = ?"
                + " and action = 'UPDATE' order by id", String.class, type, id);
    }

    private String page(String type, Locale locale) throws Exception {
        return mvc.perform(get("/audit").param("type", type).param("action", "UPDATE").with(as(accounts, "admin"))
                .locale(locale).header("Accept-Language", locale.toLanguageTag())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
