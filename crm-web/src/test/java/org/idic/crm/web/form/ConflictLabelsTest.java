package org.idic.crm.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The conflict page names a choice both people changed by its label in the user's language (before, it
 * showed the codes: {@code DECISION_MAKER}, {@code INFLUENCER}), while "keep theirs" still sends the code.
 */
@WebIntegrationTest
class ConflictLabelsTest {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(_base|version)\" value=\"([^\"]*)\"");
    private static final Pattern ROW = Pattern.compile("<tr data-field=\"buyingRole\">(.*?)</tr>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;

    Scenario.Book book;

    @BeforeEach
    void aContact() {
        scenario.reset();
        book = scenario.bookOf("rep1");
    }

    @ParameterizedTest
    @CsvSource({"en, Decision maker, Influencer", "zh-CN, 决策者, 影响者"})
    void aChoiceBothChangedReadsAsItsLabel(String language, String theirs, String yours) throws Exception {
        String url = "/contacts/" + book.contact();
        Map<String, String> loaded = hidden(mvc.perform(get(url + "/edit").with(as(accounts, "rep1")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> base = Baseline.decode(loaded.get("_base"));

        assertThat(send(url, base, loaded, "manager1", "DECISION_MAKER", language).getStatus()).isEqualTo(302);
        MockHttpServletResponse conflict = send(url, base, loaded, "rep1", "INFLUENCER", language);

        assertThat(conflict.getStatus()).isEqualTo(409);
        Matcher row = ROW.matcher(conflict.getContentAsString(StandardCharsets.UTF_8));
        assertThat(row.find()).as("the buying role is listed as changed by both").isTrue();
        String cells = row.group(1).replaceAll("data-(theirs|yours)=\"[^\"]*\"", "");
        assertThat(cells).contains(">" + theirs + "<", ">" + yours + "<")
                .doesNotContain("DECISION_MAKER", "INFLUENCER");
        assertThat(row.group(1)).as("keep theirs sends the code").contains("data-theirs=\"DECISION_MAKER\"");
    }

    private MockHttpServletResponse send(String url, Map<String, String> base, Map<String, String> loaded,
            String user, String buyingRole, String language) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(as(accounts, user)).with(csrf())
                .locale(Locale.forLanguageTag(language)).header("Accept-Language", language);
        Map<String, String> values = new LinkedHashMap<>(base);
        values.put("buyingRole", buyingRole);
        values.forEach((field, value) -> request.param(field, value == null ? "" : value));
        request.param("version", loaded.get("version")).param(Baseline.PARAMETER, loaded.get("_base"));
        return mvc.perform(request).andReturn().getResponse();
    }

    private static Map<String, String> hidden(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return fields;
    }
}
