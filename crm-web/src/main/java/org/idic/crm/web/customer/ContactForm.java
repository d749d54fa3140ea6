package org.idic.crm.web.customer;

import org.idic.crm.web.form.BirthDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.customer.BuyingRole;
import org.idic.crm.domain.customer.ContactDetails;
import org.idic.crm.domain.customer.ContactView;
import org.idic.crm.web.form.EmailAddress;
import org.idic.crm.web.form.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding or editing a contact. */
public class ContactForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 120)
    private String title;
    private BuyingRole buyingRole;
    @PhoneNumber
    private String phone;
    @EmailAddress
    @Size(max = 200)
    private String email;
    @BirthDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthday;
    @Size(max = 500)
    private String interests;
    private boolean primary;
    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BuyingRole getBuyingRole() {
        return buyingRole;
    }

    public void setBuyingRole(BuyingRole buyingRole) {
        this.buyingRole = buyingRole;
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

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ContactDetails toDetails() {
        return new ContactDetails(name, title, buyingRole, phone, email, birthday, interests, primary);
    }

    public static ContactForm of(ContactView c) {
        ContactForm form = new ContactForm();
        form.name = c.name();
        form.title = c.title();
        form.buyingRole = c.buyingRole();
        form.phone = c.phone();
        form.email = c.email();
        form.birthday = c.birthday();
        form.interests = c.interests();
        form.primary = c.primary();
        form.version = c.version();
        return form;
    }

    public Map<String, String> comparableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("title", title);
        values.put("buyingRole", buyingRole == null ? null : buyingRole.name());
        values.put("phone", phone);
        values.put("email", email);
        values.put("birthday", birthday == null ? null : birthday.toString());
        values.put("interests", interests);
        values.put("primary", String.valueOf(primary));
        return values;
    }
}
