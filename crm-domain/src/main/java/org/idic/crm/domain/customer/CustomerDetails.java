package org.idic.crm.domain.customer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a user edits on a customer, for creating and updating. Profile groups that do not apply
 * to the customer's kind are ignored. Contact data is validated by its value types (Email, Phone,
 * WebAddress) when the details are applied.
 */
public record CustomerDetails(String name, CustomerStatus status, CustomerSource source, String referredByNumber,
        List<String> tags, String phone, String email, String website, String addressLine, String city,
        String postalCode, String country, BigDecimal walletEstimate, String notes,
        IndividualProfile individual, OrganisationProfile organisation) {

    public CustomerDetails {
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 40 ? t.substring(0, 40) : t).distinct().toList();
        status = status == null ? CustomerStatus.ACTIVE : status;
    }
}
