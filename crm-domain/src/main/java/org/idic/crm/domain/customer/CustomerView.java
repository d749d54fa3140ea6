package org.idic.crm.domain.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.customer.internal.Customer;

/** A customer as pages show it, detached from the persistence context. */
public record CustomerView(Long id, String number, CustomerKind kind, String name, Long ownerId, String ownerName,
        Long teamId, CustomerStatus status, CustomerSource source, Long referredById, String referredByNumber,
        String referredByName, List<String> tags, String phone, String email, String website, String addressLine,
        String city, String postalCode, String country, BigDecimal walletEstimate, String notes,
        IndividualProfile individual, OrganisationProfile organisation, Instant lastActivityAt, Instant createdAt,
        Instant updatedAt, long version) {

    static CustomerView of(Customer c, String ownerName) {
        Customer ref = c.getReferredBy();
        return new CustomerView(c.getId(), c.getNumber(), c.getKind(), c.getName(), c.getOwnerId(), ownerName,
                c.getTeamId(), c.getStatus(), c.getSource(),
                ref == null ? null : ref.getId(), ref == null ? null : ref.getNumber(),
                ref == null ? null : ref.getName(), c.getTags(), c.getPhone(), c.getEmail(), c.getWebsite(),
                c.getAddressLine(), c.getCity(), c.getPostalCode(), c.getCountry(), c.getWalletEstimate(),
                c.getNotes(), c.getIndividual(), c.getOrganisation(), c.getLastActivityAt(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getVersion());
    }

    public boolean isOrganisation() {
        return kind == CustomerKind.ORGANISATION;
    }

    /** The details as they stand, to fill an edit form. */
    public CustomerDetails details() {
        return new CustomerDetails(name, status, source, referredByNumber, tags, phone, email, website, addressLine,
                city, postalCode, country, walletEstimate, notes, individual, organisation);
    }
}
