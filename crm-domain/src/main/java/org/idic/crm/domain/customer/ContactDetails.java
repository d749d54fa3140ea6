package org.idic.crm.domain.customer;

import java.time.LocalDate;

/** Everything a user edits on a contact. */
public record ContactDetails(String name, String title, BuyingRole buyingRole, String phone, String email,
        LocalDate birthday, String interests, boolean primary) {
}
