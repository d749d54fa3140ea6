package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A broken business rule reaches the page as its message key and arguments, and the page says it in the
 * user's language: every rule the domain can refuse has an English and a Chinese message, and a Chinese
 * user sees the Chinese one (never the English text, never an exception's own words).
 */
@WebIntegrationTest
class RuleMessagesTest {

    /** Every {@code new RuleViolationException(field, "code", ...)} of the domain, read from its sources. */
    private static final Pattern RULE = Pattern.compile("new RuleViolationException\\(\\s*[^,()]+,\\s*(\"[^\"]*\"|[^,)]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRuleTheDomainCanBreakHasAMessageInEnglishAndInChinese() throws IOException {
        Set<String> codes = ruleCodes();
        assertThat(codes).contains("customer.name.required", "complaint.step.outOfOrder", "order.status.backwards",
                "playbook.text.tooLong").hasSizeGreaterThan(30);
        for (String code : codes) {
            String english = messages.getMessage(code, new Object[] {1, 2}, null, Locale.ENGLISH);
            String chinese = messages.getMessage(code, new Object[] {1, 2}, null, Locale.SIMPLIFIED_CHINESE);
            assertThat(english).as(code).isNotBlank();
            assertThat(chinese).as(code).isNotBlank().isNotEqualTo(english)
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aChineseUserSeesTheRuleAFormBrokeInChinese() throws Exception {
        scenario.reset();
        Scenario.Book book = scenario.bookOf("rep1");

        refusedInChinese(post("/customers").with(as(accounts, "rep1")).param("kind", "INDIVIDUAL")
                .param("name", "Zhao Lei").param("referredByNumber", "C-9999999"),
                "您的客户中没有这个编号。", "No customer of yours has this number.");
        refusedInChinese(post("/orders/{id}", book.order()).with(as(accounts, "rep1")).param("orderDate", "2026-03-02")
                .param("status", "PENDING").param("channel", "ONLINE").param("amount", "100.00").param("version", "0"),
                "订单状态只能向前推进", "An order's status only moves forward");
        String sku = jdbc.queryForObject("select sku from product where id = ?", String.class, book.product());
        refusedInChinese(post("/products").with(as(accounts, "admin")).param("sku", sku).param("name", "Copy")
                .param("listPrice", "1.00"), "已有其他产品使用此 SKU。", "Another product already has this SKU.");
    }

    private void refusedInChinese(MockHttpServletRequestBuilder request, String chinese, String english)
            throws Exception {
        mvc.perform(request.with(csrf()).locale(Locale.SIMPLIFIED_CHINESE).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(chinese)))
                .andExpect(content().string(not(containsString(english))));
    }

    /** The message keys of every rule in crm-domain's sources (this test runs in crm-web's directory). */
    static Set<String> ruleCodes() throws IOException {
        Path sources = Path.of("..", "crm-domain", "src", "main", "java");
        assertThat(sources).isDirectory();
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RULE.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(m.group(1)).as("the code of a rule in %s is a literal key", file).startsWith("\"");
                    codes.add(m.group(1).substring(1, m.group(1).length() - 1));
                }
            }
        }
        return codes;
    }
}
