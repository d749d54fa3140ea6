package org.idic.crm.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.Text;

/** A person at a customer (usually an organisation) and their part in buying decisions. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

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
    void demote() {
        this.primary = false;
    }

    @PreUpdate
    void stamp() {
        updatedAt = Instant.now();
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

    public Long getId() {
        return id;
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

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Contact other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Contact.class);
    }
}
