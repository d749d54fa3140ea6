package org.idic.crm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class CustomerFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    Scenario.Book book;

    @BeforeEach
    void setUp() {
        scenario.reset();
        book = scenario.bookOf("rep1");
    }

    @Test
    void everyInvalidFieldIsMarkedWithItsMessageTheTypedValuesStayAndNothingIsSaved() throws Exception {
        int before = count("customer");

        mvc.perform(post("/customers").with(as(accounts, "rep1")).with(csrf())
                        .param("kind", "INDIVIDUAL").param("name", "  ").param("email", "not-an-email")
                        .param("phone", "call me").param("website", "javascript:alert(1)")
                        .param("walletEstimate", "lots").param("city", "Hangzhou")
                        .param("individual.birthDate", "2999-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the marked fields")))
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("Not an e-mail address")))
                .andExpect(content().string(containsString("Not a phone number")))
                .andExpect(content().string(containsString("Only web addresses starting with http")))
                .andExpect(content().string(containsString("Please enter a number")))
                .andExpect(content().string(containsString("Please enter a date between 1 January 1900 and today.")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("value=\"call me\"")))
                .andExpect(content().string(containsString("value=\"lots\"")))
                .andExpect(content().string(containsString("value=\"Hangzhou\"")));

        assertThat(count("customer")).isEqualTo(before);
    }

    @Test
    void validationMessagesSpeakChinese() throws Exception {
        mvc.perform(post("/customers").with(as(accounts, "rep1")).with(csrf()).locale(java.util.Locale.SIMPLIFIED_CHINESE)
                        .header("Accept-Language", "zh-CN").param("kind", "INDIVIDUAL").param("name", "")
                        .param("email", "x"))
                .andExpect(content().string(containsString("此项为必填项。")))
                .andExpect(content().string(containsString("电子邮件地址格式不正确")));
    }

    @Test
    void aValidCustomerIsCreatedAndTheBrowserIsSentToItsPage() throws Exception {
        mvc.perform(post("/customers").with(as(accounts, "rep1")).with(csrf())
                        .param("kind", "ORGANISATION").param("name", "Evergreen Foods Ltd")
                        .param("organisation.employeeCount", "120").param("organisation.priorityDelivery", "true")
                        .param("tags", "export, vip"))
                .andExpect(redirectedUrlPattern("/customers/*"));

        assertThat(jdbc.queryForObject("select array_to_string(tags, ',') || ' ' || employee_count || ' '"
                + " || priority_delivery from customer where name = 'Evergreen Foods Ltd'", String.class))
                .isEqualTo("export,vip 120 true");
    }

    @Test
    void aForgedOwnerOrTeamFieldIsIgnoredOrRefused() throws Exception {
        Long rep3 = scenario.actor("rep3").userId();

        mvc.perform(post("/customers").with(as(accounts, "rep1")).with(csrf()).param("kind", "INDIVIDUAL")
                        .param("name", "Mass Assignment").param("owner.id", rep3.toString()).param("teamId", "2")
                        .param("team", "2").param("role", "ADMIN").param("version", "7"))
                .andExpect(redirectedUrlPattern("/customers/*"));
        assertThat(jdbc.queryForObject("select u.username from customer c join app_user u on u.id = c.owner_id"
                + " where c.name = 'Mass Assignment'", String.class)).isEqualTo("rep1");

        mvc.perform(post("/customers").with(as(accounts, "rep1")).with(csrf()).param("kind", "INDIVIDUAL")
                        .param("name", "Forged Owner").param("ownerId", rep3.toString()))
                .andExpect(redirectedUrlPattern("/customers/*"));
        assertThat(jdbc.queryForObject("select u.username from customer c join app_user u on u.id = c.owner_id"
                + " where c.name = 'Forged Owner'", String.class)).isEqualTo("rep1");
    }

    @Test
    void editingARecordSomeoneElseSavedShowsTheConflictAndLosesNothing() throws Exception {
        long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, book.customer());
        mvc.perform(post("/customers/{id}", book.customer()).with(as(accounts, "manager1")).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Acme Trading (manager's edit)"))
                .andExpect(redirectedUrlPattern("/customers/*"));
        // the audit line that names who saved is written just after the commit, on another thread
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from audit_event"
                + " where entity_type = 'customer' and entity_id = ? and actor = 'manager1'", Integer.class,
                book.customer()) > 0);

        mvc.perform(post("/customers/{id}", book.customer()).with(as(accounts, "rep1")).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Acme Trading (rep's edit)")
                        .param("city", "Suzhou"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString("Saved by Li Na")))
                .andExpect(content().string(containsString("value=\"Acme Trading (rep&#39;s edit)\"")))
                .andExpect(content().string(containsString("Acme Trading (manager&#39;s edit)")))
                .andExpect(content().string(containsString("value=\"" + (version + 1) + "\"")));

        assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, book.customer()))
                .isEqualTo("Acme Trading (manager's edit)");
    }

    @Test
    void aConflictShowsTheProfileFieldsThatDifferToo() throws Exception {
        long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, book.customer());
        mvc.perform(post("/customers/{id}", book.customer()).with(as(accounts, "manager1")).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Acme Trading")
                        .param("organisation.industry", "Tea wholesale"))
                .andExpect(redirectedUrlPattern("/customers/*"));

        String page = mvc.perform(post("/customers/{id}", book.customer()).with(as(accounts, "rep1")).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Acme Trading")
                        .param("organisation.industry", "Coffee"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        String table = page.substring(page.indexOf("id=\"conflict\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains(">Industry<", ">Coffee<", ">Tea wholesale<").doesNotContain(">Name<");
        assertThat(jdbc.queryForObject("select industry from customer where id = ?", String.class, book.customer()))
                .isEqualTo("Tea wholesale");
    }

    @Test
    void storedScriptIsShownAsTextEverywhere() throws Exception {
        String attack = "\"><svg onload=alert(1)>";
        jdbc.update("update customer set name = ?, notes = ? where id = ?", attack, attack, book.customer());
        jdbc.update("update interaction set summary = ? where id = ?", attack, book.interaction());

        for (String page : new String[] {"/customers", "/customers/" + book.customer(), "/",
            "/customers/" + book.customer() + "/edit"}) {
            mvc.perform(get(page).with(as(accounts, "rep1")))
                    .andExpect(content().string(not(containsString("<svg onload"))))
                    .andExpect(content().string(containsString("&lt;svg onload=alert(1)&gt;")));
        }
    }

    @Test
    void aSortOutsideTheAllowListIsABadRequest() throws Exception {
        mvc.perform(get("/customers?sort=name;drop table customer").with(as(accounts, "rep1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/customers?sort=password_hash").with(as(accounts, "rep1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/customers?sort=last_activity&dir=desc").with(as(accounts, "rep1")))
                .andExpect(status().isOk());
    }

    @Test
    void searchFindsByNamePrefixNumberPhoneAndEmail() throws Exception {
        String number = jdbc.queryForObject("select customer_number from customer where id = ?", String.class,
                book.customer());
        for (String query : new String[] {"acme", "Acme Tra", number, "0013 8000", "buyer@acme"}) {
            mvc.perform(get("/customers").param("q", query).with(as(accounts, "rep1")))
                    .andExpect(content().string(containsString(">Acme Trading<")));
        }
        mvc.perform(get("/customers").param("q", "zzz-nothing").with(as(accounts, "rep1")))
                .andExpect(content().string(containsString("No customers match.")));
    }

    @Test
    void aComplaintStepOutOfOrderIsRefusedAndChangesNothing() throws Exception {
        long version = jdbc.queryForObject("select version from complaint where id = ?", Long.class, book.complaint());

        mvc.perform(post("/complaints/{id}/follow-up", book.complaint()).with(as(accounts, "rep1")).with(csrf())
                        .param("version", String.valueOf(version)).param("satisfaction", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This step is not the next one")));

        assertThat(jdbc.queryForObject("select status from complaint where id = ?", String.class, book.complaint()))
                .isEqualTo("RECEIVED");
    }

    @Test
    void theComplaintPageOffersOnlyTheNextValidSteps() throws Exception {
        mvc.perform(get("/complaints/{id}", book.complaint()).with(as(accounts, "rep1")))
                .andExpect(content().string(containsString("/validate")))
                .andExpect(content().string(containsString("/reject")))
                .andExpect(content().string(not(containsString("/resolution\""))))
                .andExpect(content().string(not(containsString("/follow-up\""))));
    }

    @Test
    void aFollowUpIsDoneWithOneClickFromMyDay() throws Exception {
        mvc.perform(get("/").with(as(accounts, "rep1")))
                .andExpect(content().string(containsString("Called about the order")));

        mvc.perform(post("/interactions/{id}/follow-up-done", book.interaction()).with(as(accounts, "rep1"))
                        .with(csrf()).param("returnTo", "/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));

        assertThat(jdbc.queryForObject("select follow_up_done from interaction where id = ?", Boolean.class,
                book.interaction())).isTrue();
        mvc.perform(get("/").with(as(accounts, "rep1")))
                .andExpect(content().string(not(containsString("Called about the order"))));
    }

    @Test
    void aFollowUpThatWasRemovedMeanwhileIsReportedNotAnError() throws Exception {
        jdbc.update("update interaction set follow_up_on = null where id = ?", book.interaction());

        var flash = mvc.perform(post("/interactions/{id}/follow-up-done", book.interaction()).with(as(accounts, "rep1"))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/customers/" + book.customer()))
                .andReturn().getFlashMap();

        assertThat(flash.get("flashProblem")).isEqualTo("interaction.followUp.none");
        mvc.perform(get("/customers/{id}", book.customer()).with(as(accounts, "rep1")).flashAttrs(flash))
                .andExpect(content().string(containsString("This interaction has no follow-up.")));
    }

    @Test
    void aFollowUpBeforeTheInteractionIsMarkedOnItsFieldInTheUsersLanguage() throws Exception {
        int before = count("interaction");
        mvc.perform(post("/customers/{id}/interactions", book.customer()).with(as(accounts, "rep1")).with(csrf())
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE)
                        .param("channel", "VISIT").param("direction", "OUTBOUND").param("purpose", "CARE")
                        .param("occurredAt", "2026-03-01T10:00").param("summary", "Visited")
                        .param("followUpOn", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("跟进日期不能早于互动日期。")))
                .andExpect(content().string(containsString("value=\"2026-02-01\"")))
                .andExpect(content().string(not(containsString("a follow-up cannot be due"))));
        assertThat(count("interaction")).isEqualTo(before);
    }

    @Test
    void loggingTheInteractionAFollowUpLedToClosesTheFollowUp() throws Exception {
        mvc.perform(post("/customers/{id}/interactions", book.customer()).with(as(accounts, "rep1")).with(csrf())
                        .param("channel", "VISIT").param("direction", "OUTBOUND").param("purpose", "CARE")
                        .param("occurredAt", "2026-03-01T10:00").param("summary", "Visited as promised")
                        .param("followUpOf", book.interaction().toString()))
                .andExpect(redirectedUrlPattern("/customers/*"));

        assertThat(jdbc.queryForObject("select follow_up_done from interaction where id = ?", Boolean.class,
                book.interaction())).isTrue();
        assertThat(count("interaction")).isEqualTo(2);
    }

    @Test
    void anOrderWithLinesTakesItsAmountFromThem() throws Exception {
        mvc.perform(post("/customers/{id}/orders", book.customer()).with(as(accounts, "rep1")).with(csrf())
                        .param("orderDate", "2026-03-02").param("status", "COMPLETED").param("channel", "ONLINE")
                        .param("lines[0].productId", book.product().toString()).param("lines[0].quantity", "3"))
                .andExpect(redirectedUrlPattern("/orders/*"));

        assertThat(jdbc.queryForObject("select amount || ' ' || cost from customer_order order by id desc limit 1",
                String.class)).isEqualTo("37.50 21.00");
    }

    @Test
    void anOrderNeedsAnAmountOrLines() throws Exception {
        mvc.perform(post("/customers/{id}/orders", book.customer()).with(as(accounts, "rep1")).with(csrf())
                        .param("orderDate", "2026-03-02").param("status", "COMPLETED").param("channel", "ONLINE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an amount, or at least one line.")));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void reassignmentOffersEachPersonOnceAndNamesTheTeamOnlyWhereThereAreSeveral() throws Exception {
        String manager = mvc.perform(get("/customers/{id}", book.customer()).with(as(accounts, "manager1")))
                .andReturn().getResponse().getContentAsString();
        String admin = mvc.perform(get("/customers/{id}", book.customer()).with(as(accounts, "admin")))
                .andReturn().getResponse().getContentAsString();

        assertThat(options(manager, "reassign-owner")).contains("Wang Wei", "Li Na", "Emma Clark")
                .noneMatch(o -> o.contains("("));
        assertThat(options(admin, "reassign-owner")).contains("Wang Wei (North)", "Li Na (North)",
                "James Miller (South)").noneMatch(o -> o.contains(") ("));
    }

    @Test
    void deleteIsOfferedOnlyForACustomerThatCanBeDeleted() throws Exception {
        Long withoutOrders = scenario.customerOf("rep1", "Nothing Bought Yet Ltd");

        assertThat(page("admin", book.customer())).doesNotContain("id=\"delete-customer\"")
                .contains("id=\"not-deletable\"");
        assertThat(page("admin", withoutOrders)).contains("id=\"delete-customer\"");
        assertThat(page("rep1", withoutOrders)).doesNotContain("id=\"delete-customer\"")
                .doesNotContain("id=\"not-deletable\"");
    }

    @Test
    void theHistoryComesAPageAtATimeAndOneKindAtATime() throws Exception {
        for (int i = 0; i < 30; i++) {
            jdbc.update("insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at,"
                    + " summary) select ?, owner_id, 'EMAIL', 'OUTBOUND', 'CARE', now() - make_interval(days => ?),"
                    + " 'Mail number ' || ? from customer where id = ?", book.customer(), i + 1, i, book.customer());
        }
        String first = page("rep1", book.customer());
        assertThat(count(first, "class=\"list-group-item timeline-")).isEqualTo(20);
        assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");

        String second = mvc.perform(get("/customers/{id}", book.customer()).param("historyPage", "1")
                .with(as(accounts, "rep1"))).andReturn().getResponse().getContentAsString();
        assertThat(count(second, "class=\"list-group-item timeline-")).isEqualTo(13);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        String orders = mvc.perform(get("/customers/{id}", book.customer()).param("history", "ORDER")
                .with(as(accounts, "rep1"))).andReturn().getResponse().getContentAsString();
        assertThat(count(orders, "class=\"list-group-item timeline-order")).isEqualTo(1);
        assertThat(count(orders, "class=\"list-group-item timeline-")).isEqualTo(1);
    }

    private String page(String user, Long customer) throws Exception {
        return mvc.perform(get("/customers/{id}", customer).with(as(accounts, user))).andReturn().getResponse()
                .getContentAsString();
    }

    private static java.util.List<String> options(String page, String selectId) {
        String select = page.substring(page.indexOf("id=\"" + selectId + "\""));
        select = select.substring(0, select.indexOf("</select>"));
        java.util.List<String> options = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option[^>]*>([^<]*)</option>").matcher(select);
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
