package org.idic.crm.web.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A SKU another product already has is flagged beside the field together with the form's other errors,
 * and what was typed stays (issue 9, leftover): before, it was only found once every other field was right.
 */
@WebIntegrationTest
class ProductSkuTakenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    String takenSku;

    @BeforeEach
    void aProduct() {
        scenario.reset();
        Long product = scenario.bookOf("rep1").product();
        takenSku = jdbc.queryForObject("select sku from product where id = ?", String.class, product);
    }

    @Test
    void aNewProductWithATakenSkuAndOtherErrorsShowsThemAllAtOnce() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/products").with(as(accounts, "admin")).with(csrf())
                .param("sku", takenSku.toLowerCase()).param("name", "").param("category", "Tea")
                .param("listPrice", "-3")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Another product already has this SKU.", "is-invalid")
                .contains("value=\"" + takenSku.toLowerCase() + "\"", "value=\"Tea\"");
        assertThat(invalidFields(html)).contains("sku", "name", "listPrice");
        assertThat(jdbc.queryForObject("select count(*) from product", Integer.class)).isEqualTo(1);
    }

    @Test
    void anEditToATakenSkuWithOtherErrorsShowsThemAllAtOnce() throws Exception {
        Long other = jdbc.queryForObject("insert into product (sku, name, list_price, active) values ('OTHER-1',"
                + " 'Oolong', 9.00, true) returning id", Long.class);

        String html = mvc.perform(post("/products/" + other).with(as(accounts, "admin")).with(csrf())
                .param("sku", takenSku).param("name", "").param("listPrice", "9.00").param("version", "0"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(invalidFields(html)).contains("sku", "name");
        assertThat(html).contains("Another product already has this SKU.");
        assertThat(jdbc.queryForObject("select sku from product where id = ?", String.class, other))
                .isEqualTo("OTHER-1");
    }

    /** The names of the inputs marked invalid. */
    private static List<String> invalidFields(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<input[^>]*>").matcher(html);
        while (m.find()) {
            String input = m.group();
            if (input.contains("is-invalid")) {
                names.add(input.replaceAll("(?s).*name=\"([^\"]+)\".*", "$1"));
            }
        }
        return names;
    }
}
