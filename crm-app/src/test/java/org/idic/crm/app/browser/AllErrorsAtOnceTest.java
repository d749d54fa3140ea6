package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.activity.ComplaintCategory;
import org.idic.crm.domain.activity.ComplaintDetails;
import org.idic.crm.domain.activity.Complaints;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.user.UserAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A refused form marks every problem at the first submit, each on its field, in the user's language
 * (issue 9, defect 7: "Referred by" and "What we offer" were flagged only on a second submit).
 */
class AllErrorsAtOnceTest extends BrowserJourney {

    @Autowired
    MessageSource messages;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Complaints complaints;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theCustomerFormMarksAnUnknownReferrerTogetherWithTheOtherFields(String language) {
        tab.begin(port, "errors-customer").signIn("rep1", language, "/customers/new?kind=ORGANISATION");
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
        Long complaint = foundedComplaint(language.equals("en") ? 0 : 1);
        tab.begin(port, "errors-complaint").signIn("rep1", language, "/complaints/" + complaint);
        tab.type(By.id("compensationCost"), "-5");
        tab.follow(By.cssSelector("form[action$='/resolution'] button[type=submit]"), "refused");

        Locale locale = Locale.forLanguageTag(language);
        assertThat(error("resolution")).isEqualTo(messages.getMessage("complaint.resolution.required", null, locale));
        assertThat(error("compensationCost")).isEqualTo(messages.getMessage("PositiveOrZero", null, locale));
    }

    /** A complaint of one of rep1's customers, received and found founded: its next step is the resolution. */
    private Long foundedComplaint(int nth) {
        Actor rep = accounts.credentials("rep1").orElseThrow().user().actor();
        Long customer = jdbc.queryForObject("select c.id from customer c join app_user u on u.id = c.owner_id"
                + " where u.username = 'rep1' order by c.id offset ? limit 1", Long.class, nth);
        Long id = complaints.receive(rep, customer, new ComplaintDetails(Instant.now(), InteractionChannel.PHONE,
                ComplaintCategory.BILLING, Severity.MEDIUM, "Charged twice", null, null));
        complaints.validate(rep, id, jdbc.queryForObject("select version from complaint where id = ?", Long.class,
                id));
        return id;
    }

    private String error(String field) {
        return tab.find(By.cssSelector("#" + field + " ~ .invalid-feedback")).getText();
    }
}
