package org.idic.crm.web.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.customer.CustomerDetails;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerSource;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.CustomerView;
import org.idic.crm.web.form.EmailAddress;
import org.idic.crm.web.form.HttpUrl;
import org.idic.crm.web.form.PhoneNumber;

/** The create and edit form of a customer (both kinds; only the kind's profile group is used). */
public class CustomerForm {

    private CustomerKind kind;
    private Long version;
    private Long ownerId;
    @NotBlank
    @Size(max = 200)
    private String name;
    private CustomerStatus status = CustomerStatus.ACTIVE;
    private CustomerSource source;
    @Size(max = 20)
    private String referredByNumber;
    @Size(max = 500)
    private String tags;
    @PhoneNumber
    private String phone;
    @EmailAddress
    @Size(max = 200)
    private String email;
    @HttpUrl
    @Size(max = 300)
    private String website;
    @Size(max = 300)
    private String addressLine;
    @Size(max = 100)
    private String city;
    @Size(max = 20)
    private String postalCode;
    @Size(max = 80)
    private String country;
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal walletEstimate;
    @Size(max = 4000)
    private String notes;
    @Valid
    private IndividualFields individual = new IndividualFields();
    @Valid
    private OrganisationFields organisation = new OrganisationFields();

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public String getReferredByNumber() {
        return referredByNumber;
    }

    public void setReferredByNumber(String referredByNumber) {
        this.referredByNumber = referredByNumber;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public BigDecimal getWalletEstimate() {
        return walletEstimate;
    }

    public void setWalletEstimate(BigDecimal walletEstimate) {
        this.walletEstimate = walletEstimate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public IndividualFields getIndividual() {
        return individual;
    }

    public void setIndividual(IndividualFields individual) {
        this.individual = individual;
    }

    public OrganisationFields getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationFields organisation) {
        this.organisation = organisation;
    }

    /** The domain command for what was typed. */
    public CustomerDetails toDetails() {
        List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split("[,，]"));
        return new CustomerDetails(name, status, source, referredByNumber, tagList, phone, email, website, addressLine,
                city, postalCode, country, walletEstimate, notes, individual.toProfile(), organisation.toProfile());
    }

    /** A blank form for a new customer of this kind. */
    public static CustomerForm blank(CustomerKind kind) {
        CustomerForm form = new CustomerForm();
        form.kind = kind;
        return form;
    }

    /** The form filled with a customer's current values. */
    public static CustomerForm of(CustomerView c) {
        CustomerForm form = new CustomerForm();
        form.kind = c.kind();
        form.version = c.version();
        form.ownerId = c.ownerId();
        form.name = c.name();
        form.status = c.status();
        form.source = c.source();
        form.referredByNumber = c.referredByNumber();
        form.tags = String.join(", ", c.tags());
        form.phone = c.phone();
        form.email = c.email();
        form.website = c.website();
        form.addressLine = c.addressLine();
        form.city = c.city();
        form.postalCode = c.postalCode();
        form.country = c.country();
        form.walletEstimate = c.walletEstimate();
        form.notes = c.notes();
        form.individual = IndividualFields.of(c.individual());
        form.organisation = OrganisationFields.of(c.organisation());
        return form;
    }

    /** The values a user compares when someone else saved meanwhile. */
    public Map<String, String> comparableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("status", status == null ? null : status.name());
        values.put("source", source == null ? null : source.name());
        values.put("referredByNumber", referredByNumber);
        values.put("tags", tags);
        values.put("phone", phone);
        values.put("email", email);
        values.put("website", website);
        values.put("addressLine", addressLine);
        values.put("city", city);
        values.put("postalCode", postalCode);
        values.put("country", country);
        values.put("walletEstimate", walletEstimate == null ? null : walletEstimate.stripTrailingZeros().toPlainString());
        values.put("notes", notes);
        if (kind == CustomerKind.INDIVIDUAL && individual != null) {
            individual.putComparable(values);
        }
        if (kind == CustomerKind.ORGANISATION && organisation != null) {
            organisation.putComparable(values);
        }
        return values;
    }
}
