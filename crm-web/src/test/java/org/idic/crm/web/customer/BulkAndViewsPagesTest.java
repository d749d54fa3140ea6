package org.idic.crm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.ListColumns;
import org.idic.crm.domain.user.SavedViews;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The confirmation and result of a change of many customers, and saved views, through the pages. */
@WebIntegrationTest
class BulkAndViewsPagesTest {

    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    SavedViews views;
    @Autowired
    ListColumns columns;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void customersOfTwoTeams() {
        scenario.reset();
        scenario.customerOf("rep1", "Alpha Tea");
        scenario.customerOf("rep1", "Beta Tea");
        scenario.customerOf("rep2", "Gamma Tea");
        scenario.customerOf("rep3", "Delta Tea");
        scenario.awaitEvents();
    }

    @Test
    void allThatMatchAreConfirmedWithTheirCountAndChangedWithAResultMessage() throws Exception {
        MockHttpServletResponse preview = mvc.perform(post("/customers/bulk/preview?q=tea").with(csrf())
                .with(as(accounts, "manager1")).param("all", "true").param("bulkAction", "REASSIGN")
                .param("bulkOwner", userId("rep2").toString())).andReturn().getResponse();
        String page = preview.getContentAsString(StandardCharsets.UTF_8);
        // the team's three customers match; Gamma already belongs to rep2
        assertThat(page).contains("2 customers will be given to").contains("1 of the 3 selected");

        MvcResult done = mvc.perform(post("/customers/bulk?q=tea").with(csrf()).with(as(accounts, "manager1"))
                .param("all", "true").param("bulkAction", "REASSIGN").param("bulkOwner", userId("rep2").toString())
                .param("fingerprint", fingerprint(page))).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/customers?q=tea&sort=name&dir=asc");
        assertThat(done.getFlashMap().get("flashText")).asString().startsWith("2 customers were given to");
        assertThat(jdbc.queryForList("select u.username from customer c join app_user u on u.id = c.owner_id"
                + " where c.name like '%Tea' order by c.name", String.class))
                .containsExactly("rep2", "rep2", "rep3", "rep2");
    }

    @Test
    void aSelectionChangedMeanwhileShowsTheConfirmationAgainAndChangesNothing() throws Exception {
        Long alpha = id("Alpha Tea");
        Long beta = id("Beta Tea");
        String page = mvc.perform(post("/customers/bulk/preview").with(csrf()).with(as(accounts, "rep1"))
                .param("ids", alpha.toString(), beta.toString()).param("bulkAction", "ADD_TAG").param("bulkTag", "fair"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2 customers will get the tag");
        jdbc.update("update customer set version = version + 1 where id = ?", beta);

        String again = mvc.perform(post("/customers/bulk").with(csrf()).with(as(accounts, "rep1"))
                .param("ids", alpha.toString(), beta.toString()).param("bulkAction", "ADD_TAG").param("bulkTag", "fair")
                .param("fingerprint", fingerprint(page))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(again).contains("id=\"bulk-conflict\"").contains("2 customers will get the tag");
        assertThat(jdbc.queryForObject("select count(*) from customer where 'fair' = any(tags)", Long.class)).isZero();
    }

    @Test
    void aCraftedIdOutsideTheScopeIsNotFoundAndNothingChanges() throws Exception {
        String before = scenario.fingerprint();
        for (String path : List.of("/customers/bulk/preview", "/customers/bulk")) {
            int status = mvc.perform(post(path).with(csrf()).with(as(accounts, "manager1"))
                    .param("ids", id("Alpha Tea").toString(), id("Delta Tea").toString()).param("bulkAction", "ADD_TAG")
                    .param("bulkTag", "x").param("fingerprint", "x")).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(404);
        }
        assertThat(scenario.fingerprint()).isEqualTo(before);
    }

    @Test
    void nothingTickedGoesBackToTheListWithTheReason() throws Exception {
        MvcResult result = mvc.perform(post("/customers/bulk/preview?tier=MVC").with(csrf()).with(as(accounts, "rep1"))
                .param("bulkAction", "ADD_TAG").param("bulkTag", "x")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/customers?tier=MVC&sort=name&dir=asc");
        assertThat(result.getFlashMap().get("flashProblemText")).asString().startsWith("Tick some customers first");
    }

    @Test
    void aSavedViewKeepsTheFiltersAndColumnsAndIsTheUsersOwn() throws Exception {
        columns.choose(userId("rep1"), "customers", List.of("phone", "tier"));
        MvcResult saved = mvc.perform(post("/customers/views").with(csrf()).with(as(accounts, "rep1"))
                .param("name", "Tea MVCs").param("query", "q=tea&tier=MVC&sort=name&dir=asc")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/customers?q=tea&tier=MVC&sort=name&dir=asc");
        Long view = views.of(userId("rep1"), "customers").get(0).id();
        columns.forget(userId("rep1"), "customers");

        MvcResult applied = mvc.perform(post("/customers/views/" + view + "/apply").with(csrf())
                .with(as(accounts, "rep1"))).andReturn();
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/customers?q=tea&tier=MVC&sort=name&dir=asc");
        assertThat(columns.of(userId("rep1"), "customers")).contains(List.of("phone", "tier"));
        assertThat(mvc.perform(get("/customers").with(as(accounts, "rep1"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(">Tea MVCs</button>");

        for (String action : List.of("apply", "rename", "delete")) {
            assertThat(mvc.perform(post("/customers/views/" + view + "/" + action).param("name", "Stolen").with(csrf())
                    .with(as(accounts, "rep2"))).andReturn().getResponse().getStatus()).as(action).isEqualTo(404);
        }
        assertThat(views.of(userId("rep1"), "customers")).hasSize(1);
        MvcResult taken = mvc.perform(post("/customers/views").with(csrf()).with(as(accounts, "rep1"))
                .param("name", "Tea MVCs").param("query", "q=other")).andReturn();
        assertThat(taken.getFlashMap().get("flashProblemText")).asString().contains("already have a view");
    }

    private static String fingerprint(String page) {
        Matcher m = FINGERPRINT.matcher(page);
        assertThat(m.find()).as("a fingerprint on the page").isTrue();
        return m.group(1);
    }

    private Long id(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
