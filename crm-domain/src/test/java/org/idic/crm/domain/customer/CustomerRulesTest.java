package org.idic.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.internal.Customer;
import org.idic.crm.domain.support.Fixtures;
import org.idic.crm.domain.user.UserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerRulesTest {

    final UserView rep1 = Fixtures.rep(1, "rep1", 1);
    final UserView rep3 = Fixtures.rep(3, "rep3", 2);

    CustomerDetails with(String phone, String email, String website, BigDecimal wallet) {
        return new CustomerDetails("Acme", null, null, null, List.of(" vip ", "", "vip", "export"), phone, email,
                website, null, null, null, null, wallet, null, null, null);
    }

    @Test
    void theOwnersTeamComesWithTheOwner() {
        Customer customer = new Customer("C-1", CustomerKind.ORGANISATION, with(null, null, null, null), null, rep1,
                Fixtures.NOW);
        assertThat(customer.getTeamId()).isEqualTo(1L);

        customer.reassignTo(rep3);

        assertThat(customer.getOwnerId()).isEqualTo(3L);
        assertThat(customer.getTeamId()).isEqualTo(2L);
    }

    @Test
    void administratorsDoNotOwnCustomers() {
        UserView admin = Fixtures.admin(9, "admin");

        assertThatThrownBy(() -> new Customer("C-1", CustomerKind.INDIVIDUAL, with(null, null, null, null), null, admin,
                Fixtures.NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "customer.owner.notAllowed");
    }

    @Test
    void tagsAreTrimmedAndDeduplicated() {
        Customer customer = new Customer("C-1", CustomerKind.INDIVIDUAL, with(null, null, null, null), null, rep1,
                Fixtures.NOW);

        assertThat(customer.getTags()).containsExactly("vip", "export");
    }

    @Test
    void phoneIsKeptAsTypedAndSearchableByDigits() {
        Customer customer = new Customer("C-1", CustomerKind.INDIVIDUAL, with("+86 138-0013-8000", null, null, null),
                null, rep1, Fixtures.NOW);

        assertThat(customer.getPhone()).isEqualTo("+86 138-0013-8000");
        assertThat(customer.auditValues()).containsEntry("phone", "+86 138-0013-8000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.com", "data:text/html,x", "not a url"})
    void onlyHttpAndHttpsWebsitesAreAccepted(String website) {
        assertThatThrownBy(() -> new WebAddress(website)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "HttpUrl");
    }

    @Test
    void httpAndHttpsWebsitesAreAccepted() {
        assertThat(new WebAddress("https://example.com/about").value()).isEqualTo("https://example.com/about");
        assertThat(new WebAddress("http://例子.中国").value()).isEqualTo("http://例子.中国");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "a@b", "two@@example.com", "spa ce@example.com"})
    void malformedEmailsAreRefused(String email) {
        assertThatThrownBy(() -> new Email(email)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "EmailAddress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "phone me", "+86 abc"})
    void malformedPhonesAreRefused(String phone) {
        assertThatThrownBy(() -> new Phone(phone)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "PhoneNumber");
    }

    @Test
    void aNegativeWalletEstimateIsRefused() {
        assertThatThrownBy(() -> new Customer("C-1", CustomerKind.INDIVIDUAL,
                with(null, null, null, new BigDecimal("-5")), null, rep1, Fixtures.NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "customer.walletEstimate.negative");
    }

    @Test
    void profileGroupsThatDoNotFitTheKindAreIgnored() {
        IndividualProfile person = new IndividualProfile(Gender.FEMALE, null, null, null, null, null, null, null,
                PersonalityType.ANALYTICAL, BuyingStyle.BARGAINER);
        CustomerDetails details = new CustomerDetails("Acme Ltd", null, null, null, null, null, null, null, null, null,
                null, null, null, null, person, null);

        Customer organisation = new Customer("C-1", CustomerKind.ORGANISATION, details, null, rep1, Fixtures.NOW);

        assertThat(organisation.getIndividual().getPersonalityType()).isNull();
    }
}
