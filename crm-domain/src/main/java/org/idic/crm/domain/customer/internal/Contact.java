package org.idic.crm.domain.customer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.BuyingRole;
import org.idic.crm.domain.customer.ContactDetails;
import org.idic.crm.domain.customer.Email;
import org.idic.crm.domain.customer.Phone;
import org.idic.crm.domain.support.BaseEntity;
import org.idic.crm.domain.support.Text;

/** A person at a customer (usually an organisation) and their part in buying decisions. */
@Entity
@Table(name = "contact")
public class Contact extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 120)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "buying_role", length = 16)
    private BuyingRole buyingRole;
    @Column(length = 40)
    private String phone;
    @Column(length = 200)
    private String email;
    private LocalDate birthday;
    @Column(length = 500)
    private String interests;
    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Contact() {
    }

    public Contact(Customer customer, ContactDetails details) {
        this.customer = Objects.requireNonNull(customer);
        update(details);
    }

    public void update(ContactDetails d) {
        String cleanName = Text.clean(d.name());
        if (cleanName == null) {
            throw new RuleViolationException("name", "contact.name.required");
        }
        this.name = cleanName;
        this.title = Text.clean(d.title());
        this.buyingRole = d.buyingRole();
        this.phone = Phone.normalise(d.phone());
        this.email = Email.normalise(d.email());
        this.birthday = d.birthday();
        this.interests = Text.clean(d.interests());
        this.primary = d.primary();
    }

    /** Another contact became the primary one. */
    public void demote() {
        this.primary = false;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("title", title);
        values.put("buyingRole", buyingRole);
        values.put("phone", phone);
        values.put("email", email);
        values.put("birthday", birthday);
        values.put("interests", interests);
        values.put("primary", primary);
        return values;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public BuyingRole getBuyingRole() {
        return buyingRole;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public String getInterests() {
        return interests;
    }

    public boolean isPrimary() {
        return primary;
    }
}
