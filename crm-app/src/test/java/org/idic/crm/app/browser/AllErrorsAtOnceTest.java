package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refused form marks every problem at the first submit, each on its field, in the user's language
 * (issue 9, defect 7: "Referred by" and "What we offer" were flagged only on a second submit).
 */
@BrowserTest
class AllErrorsAtOnceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    Tab tab;

    @BeforeEach
    void browser() {
        tab = Browsers.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theCustomerFormMarksAnUnknownReferrerTogetherWithTheOtherFields(String language) {
        tab.begin(port, "errors-customer").signIn("rep1").language(language)
                .open("/customers/new?kind=ORGANISATION", "new-customer");
        tab.type(By.id("referredByNumber"), "C-9999999").type(By.id("email"), "not-an-address");
        tab.follow(By.cssSelector("form button[type=submit].btn-primary"), "refused");

        Locale locale = Locale.forLanguageTag(language);
        assertThat(error("name")).isEqualTo(messages.getMessage("NotBlank", null, locale));
        assertThat(error("email")).isEqualTo(messages.getMessage("EmailAddress", null, locale));
        assertThat(error("referredByNumber")).isEqualTo(messages.getMessage("customer.referredBy.unknown", null,
                locale));
        assertThat(tab.value(By.id("referredByNumber"))).isEqualTo("C-9999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theResolutionStepMarksAMissingOfferTogetherWithABadCost(String language) {
        Long complaint = jdbc.queryForObject("select k.id from complaint k join customer c on c.id = k.customer_id"
                + " join app_user u on u.id = c.owner_id where u.username = 'rep1' and k.status = 'VALIDATED'"
                + " order by k.id offset ? limit 1", Long.class, language.equals("en") ? 0 : 1);
        tab.begin(port, "errors-complaint").signIn("rep1").language(language)
                .open("/complaints/" + complaint, "complaint");
        tab.type(By.id("compensationCost"), "-5");
        tab.follow(By.cssSelector("form[action$='/resolution'] button[type=submit]"), "refused");

        Locale locale = Locale.forLanguageTag(language);
        assertThat(error("resolution")).isEqualTo(messages.getMessage("complaint.resolution.required", null, locale));
        assertThat(error("compensationCost")).isEqualTo(messages.getMessage("PositiveOrZero", null, locale));
    }

    private String error(String field) {
        return tab.find(By.cssSelector("#" + field + " ~ .invalid-feedback")).getText();
    }
}
