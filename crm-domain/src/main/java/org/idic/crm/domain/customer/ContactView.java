package org.idic.crm.domain.customer;

import java.time.LocalDate;
import org.idic.crm.domain.customer.internal.Contact;

/** A contact as pages show it. */
public record ContactView(Long id, Long customerId, String name, String title, BuyingRole buyingRole, String phone,
        String email, LocalDate birthday, String interests, boolean primary, long version) {

    static ContactView of(Contact c) {
        return new ContactView(c.getId(), c.getCustomer().getId(), c.getName(), c.getTitle(), c.getBuyingRole(),
                c.getPhone(), c.getEmail(), c.getBirthday(), c.getInterests(), c.isPrimary(), c.getVersion());
    }

    public ContactDetails details() {
        return new ContactDetails(name, title, buyingRole, phone, email, birthday, interests, primary);
    }
}
