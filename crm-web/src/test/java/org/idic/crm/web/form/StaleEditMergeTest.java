package org.idic.crm.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.settings.SettingFields;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Every edit form with a conflict page merges three ways (issue 9, defect 4): someone saves one field
 * while another person edits a different one from the same version; the second save shows the conflict
 * page with the first person's value already in the form, and saving again keeps both changes. Before,
 * "save again" wrote back the old value of the field the second person never touched.
 */
@WebIntegrationTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class StaleEditMergeTest {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(_base|version)\" value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SettingsVersions settings;

    Scenario.Book book;

    /** One edit form: where it is, who edits it, the two fields changed, and how to read them back. */
    record Form(String name, String url, String first, String second, String field1, String value1, String field2,
            String value2, Function<String, String> parameter, Supplier<Map<String, String>> stored) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void setUp() {
        scenario.reset();
        book = scenario.bookOf("rep1");
    }

    Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(new Form("contact", "/contacts/{id}", "manager1", "rep1", "phone", "+86 21 5555 0101",
                        "title", "Head buyer", Function.identity(), () -> row("select phone, title from contact"
                        + " where id = ?", book.contact()))),
                Arguments.of(new Form("order", "/orders/{id}", "manager1", "rep1", "cost", "61",
                        "notes", "Delivered to the back door", Function.identity(), () -> row("select"
                        + " cost::text as cost, notes from customer_order where id = ?", book.order()))),
                Arguments.of(new Form("interaction", "/interactions/{id}", "manager1", "rep1", "outcome",
                        "Will order in May", "summary", "Called about the spring order", Function.identity(),
                        () -> row("select outcome, summary from interaction where id = ?", book.interaction()))),
                Arguments.of(new Form("product", "/products/{id}", "admin", "admin", "category", "Green tea",
                        "name", "Longjing", Function.identity(), () -> row("select category, name from product"
                        + " where id = ?", book.product()))),
                Arguments.of(new Form("playbook", "/admin/playbooks/lifecycle.MATURE", "admin", "admin", "textEn",
                        "Keep them close.", "textZh", "保持联系。", Function.identity(), () -> row("select text_en as"
                        + " \"textEn\", text_zh as \"textZh\" from playbook where key = ?", "lifecycle.MATURE"))),
                Arguments.of(new Form("settings", "/admin/segmentation", "admin", "admin", "churnDays", "400",
                        "retentionRate", "0.7", name -> "values[" + name + "]", () -> SettingFields.text(
                        settings.current().settings(), settings.current().scheduleCron()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void savingAgainAfterAConflictKeepsBothChanges(Form form) throws Exception {
        String url = form.url().replace("{id}", id(form));
        String edit = url.startsWith("/admin/segmentation") || url.startsWith("/admin/playbooks") ? url : url
                + "/edit";
        Map<String, String> loaded = hidden(mvc.perform(get(edit).with(as(accounts, form.second())))
                .andReturn().getResponse().getContentAsString());
        Map<String, String> base = Baseline.decode(loaded.get("_base"));
        assertThat(base).as("the form carries what it was loaded with").isNotNull().isNotEmpty();

        MockHttpServletResponse first = send(url, form, base, loaded.get("version"), null, form.first(),
                Map.of(form.field1(), form.value1()));
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(302);

        MockHttpServletResponse conflict = send(url, form, base, loaded.get("version"), loaded.get("_base"),
                form.second(), Map.of(form.field2(), form.value2()));
        assertThat(conflict.getStatus()).isEqualTo(409);
        String page = conflict.getContentAsString();
        assertThat(page).contains(HtmlUtils.htmlEscape(form.value1())).doesNotContain("data-field=\"");

        Map<String, String> merged = hidden(page);
        Map<String, String> again = new LinkedHashMap<>(Baseline.decode(merged.get("_base")));
        again.put(form.field2(), form.value2());
        MockHttpServletResponse saved = send(url, form, again, merged.get("version"), merged.get("_base"),
                form.second(), Map.of());
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);

        Map<String, String> stored = form.stored().get();
        assertThat(number(stored.get(form.field1()))).isEqualTo(number(form.value1()));
        assertThat(number(stored.get(form.field2()))).isEqualTo(number(form.value2()));
    }

    private MockHttpServletResponse send(String url, Form form, Map<String, String> values, String version,
            String base, String user, Map<String, String> changes) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(as(accounts, user)).with(csrf());
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(changes);
        all.forEach((field, value) -> {
            if (!field.equals("lines")) {
                request.param(form.parameter().apply(field), value);
            }
        });
        request.param("version", version);
        if (base != null) {
            request.param(Baseline.PARAMETER, base);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String id(Form form) {
        return switch (form.name()) {
            case "contact" -> book.contact().toString();
            case "order" -> book.order().toString();
            case "interaction" -> book.interaction().toString();
            case "product" -> book.product().toString();
            default -> "";
        };
    }

    private static Map<String, String> hidden(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return fields;
    }

    private Map<String, String> row(String sql, Object id) {
        Map<String, String> row = new LinkedHashMap<>();
        jdbc.queryForMap(sql, id).forEach((k, v) -> row.put(k, v == null ? null : v.toString()));
        return row;
    }

    /** "61.00" and "61" are the same amount. */
    private static String number(String value) {
        return value != null && value.matches("-?\\d+(\\.\\d+)?")
                ? new java.math.BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }
}
