package org.idic.crm.domain.customer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.CustomerDetails;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerSource;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.Email;
import org.idic.crm.domain.customer.IndividualProfile;
import org.idic.crm.domain.customer.OrganisationProfile;
import org.idic.crm.domain.customer.Phone;
import org.idic.crm.domain.customer.WebAddress;
import org.idic.crm.domain.support.BaseEntity;
import org.idic.crm.domain.support.Text;
import org.idic.crm.domain.user.UserView;

/**
 * A customer: an individual or an organisation, owned by one sales rep (or manager). The owner's team
 * is kept beside the owner so that a manager's view is one indexed filter.
 */
@Entity
@Table(name = "customer")
public class Customer extends BaseEntity {

    @Column(name = "customer_number", nullable = false, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private CustomerKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** The owning user (a reference to the user module's account by id, never its entity). */
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CustomerStatus status = CustomerStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CustomerSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_by_id")
    private Customer referredBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false, columnDefinition = "text[]")
    private String[] tags = new String[0];

    @Column(length = 40)
    private String phone;
    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;
    @Column(length = 200)
    private String email;
    @Column(length = 300)
    private String website;
    @Column(name = "address_line", length = 300)
    private String addressLine;
    @Column(length = 100)
    private String city;
    @Column(name = "postal_code", length = 20)
    private String postalCode;
    @Column(length = 80)
    private String country;
    @Column(name = "wallet_estimate", precision = 14, scale = 2)
    private BigDecimal walletEstimate;
    @Column(columnDefinition = "text")
    private String notes;

    @Embedded
    private IndividualProfile individual = IndividualProfile.empty();
    @Embedded
    private OrganisationProfile organisation = OrganisationProfile.empty();

    /**
     * When someone last worked on the customer: set when it is created, then moved on by {@link LastActivity}
     * alone, never written back by an update of the entity (which would undo a newer stamp).
     */
    @Column(name = "last_activity_at", nullable = false, updatable = false)
    private Instant lastActivityAt;

    protected Customer() {
    }

    /**
     * A new customer owned by {@code owner}, worked on last {@code now}; {@code referredBy} must already be
     * resolved.
     */
    public Customer(String number, CustomerKind kind, CustomerDetails details, Customer referredBy, UserView owner,
            Instant now) {
        this.lastActivityAt = Objects.requireNonNull(now);
        this.number = Objects.requireNonNull(number);
        this.kind = Objects.requireNonNull(kind);
        assignOwner(owner);
        apply(details, referredBy);
    }

    /** Replaces every editable field; the kind, number and owner are not editable here. */
    public void update(CustomerDetails details, Customer referredBy) {
        apply(details, referredBy);
    }

    /** Adds a tag (already cleaned); false if the customer had it. */
    public boolean addTag(String tag) {
        if (List.of(tags).contains(tag)) {
            return false;
        }
        String[] more = Arrays.copyOf(tags, tags.length + 1);
        more[tags.length] = tag;
        this.tags = more;
        return true;
    }

    /** Removes a tag; false if the customer did not have it. */
    public boolean removeTag(String tag) {
        if (!List.of(tags).contains(tag)) {
            return false;
        }
        this.tags = Arrays.stream(tags).filter(t -> !t.equals(tag)).toArray(String[]::new);
        return true;
    }

    /** Hands the customer to another rep (or manager); their team comes along. */
    public void reassignTo(UserView newOwner) {
        assignOwner(newOwner);
    }

    private void assignOwner(UserView newOwner) {
        if (newOwner == null || newOwner.role() == Role.ADMIN || !newOwner.enabled()) {
            throw new RuleViolationException("ownerId", "customer.owner.notAllowed");
        }
        this.ownerId = newOwner.id();
        this.teamId = newOwner.teamId();
    }

    private void apply(CustomerDetails d, Customer referrer) {
        String cleanName = Text.clean(d.name());
        if (cleanName == null) {
            throw new RuleViolationException("name", "customer.name.required");
        }
        if (referrer != null && referrer == this) {
            throw new RuleViolationException("referredByNumber", "customer.referredBy.self");
        }
        this.name = cleanName;
        this.status = d.status();
        this.source = d.source();
        this.referredBy = referrer;
        this.tags = d.tags().toArray(String[]::new);
        this.phone = Phone.normalise(d.phone());
        this.phoneDigits = phone == null ? null : Phone.digitsOf(phone);
        this.email = Email.normalise(d.email());
        this.website = WebAddress.normalise(d.website());
        this.addressLine = Text.clean(d.addressLine());
        this.city = Text.clean(d.city());
        this.postalCode = Text.clean(d.postalCode());
        this.country = Text.clean(d.country());
        if (d.walletEstimate() != null && d.walletEstimate().signum() < 0) {
            throw new RuleViolationException("walletEstimate", "customer.walletEstimate.negative");
        }
        this.walletEstimate = d.walletEstimate();
        this.notes = Text.clean(d.notes());
        this.individual = kind == CustomerKind.INDIVIDUAL && d.individual() != null
                ? d.individual() : IndividualProfile.empty();
        this.organisation = kind == CustomerKind.ORGANISATION && d.organisation() != null
                ? d.organisation() : OrganisationProfile.empty();
    }

    /**
     * The editable values by field name, for the audit trail's "what changed" (the owner as its id: the
     * service names it).
     */
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("status", status);
        values.put("source", source);
        values.put("referredBy", referredBy == null ? null : referredBy.getNumber());
        values.put("tags", String.join(",", tags));
        values.put("phone", phone);
        values.put("email", email);
        values.put("website", website);
        // the parts there are, one string (an address of no parts is none, not "null | null | ...")
        String address = String.join(" | ", Arrays.asList(addressLine, postalCode, city, country).stream()
                .filter(part -> part != null && !part.isBlank()).toList());
        values.put("address", address.isEmpty() ? null : address);
        values.put("walletEstimate", walletEstimate);
        values.put("notes", notes);
        values.put("owner", ownerId);
        ProfileAudit.add(values, getIndividual(), getOrganisation());
        return values;
    }

    public String getNumber() {
        return number;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public CustomerSource getSource() {
        return source;
    }

    public Customer getReferredBy() {
        return referredBy;
    }

    public List<String> getTags() {
        return List.of(tags);
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public BigDecimal getWalletEstimate() {
        return walletEstimate;
    }

    public String getNotes() {
        return notes;
    }

    public IndividualProfile getIndividual() {
        return individual == null ? IndividualProfile.empty() : individual;
    }

    public OrganisationProfile getOrganisation() {
        return organisation == null ? OrganisationProfile.empty() : organisation;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }
}
