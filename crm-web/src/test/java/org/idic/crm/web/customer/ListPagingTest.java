package org.idic.crm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The pager under the customer list (one shared fragment): the filters kept, Previous and Next in their place. */
@WebIntegrationTest
class ListPagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;

    @BeforeEach
    void aPageAndOneMore() {
        scenario.reset();
        scenario.bulkCustomersOf("rep1", CustomerListController.PAGE_SIZE + 1, "Paging");
    }

    @Test
    void theFirstPageLeadsToTheSecondWithTheFiltersAndTheSecondBack() throws Exception {
        String first = page("/customers?q=Paging");
        assertThat(first).contains("rel=\"next\" href=\"/customers?q=Paging")
                .containsPattern("rel=\"next\" href=\"/customers\\?q=Paging[^\"]*&amp;page=1\"")
                .doesNotContain("rel=\"prev\"").contains(">Page 1 of 2<");

        String second = page("/customers?q=Paging&page=1");
        assertThat(second).containsPattern("rel=\"prev\" href=\"/customers\\?q=Paging[^\"]*&amp;page=0\"")
                .doesNotContain("rel=\"next\"").contains(">Page 2 of 2<");
    }

    @Test
    void aListThatFitsOnOnePageHasNoPager() throws Exception {
        assertThat(page("/customers?q=Paging1")).doesNotContain("class=\"pagination\"");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(as(accounts, "rep1")).header("Accept-Language", "en")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
