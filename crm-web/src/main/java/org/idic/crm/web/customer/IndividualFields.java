package org.idic.crm.web.customer;

import org.idic.crm.web.form.BirthDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.idic.crm.domain.customer.BuyingStyle;
import org.idic.crm.domain.customer.Gender;
import org.idic.crm.domain.customer.IncomeBand;
import org.idic.crm.domain.customer.IndividualProfile;
import org.idic.crm.domain.customer.MaritalStatus;
import org.idic.crm.domain.customer.PersonalityType;
import org.springframework.format.annotation.DateTimeFormat;

/** The individual's part of the customer form. */
public class IndividualFields {

    private Gender gender;
    @BirthDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private MaritalStatus maritalStatus;
    @Size(max = 200)
    private String employer;
    @Size(max = 120)
    private String jobTitle;
    private IncomeBand incomeBand;
    @Size(max = 500)
    private String interests;
    @Size(max = 500)
    private String purchaseMotives;
    private PersonalityType personalityType;
    private BuyingStyle buyingStyle;

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public void setIncomeBand(IncomeBand incomeBand) {
        this.incomeBand = incomeBand;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getPurchaseMotives() {
        return purchaseMotives;
    }

    public void setPurchaseMotives(String purchaseMotives) {
        this.purchaseMotives = purchaseMotives;
    }

    public PersonalityType getPersonalityType() {
        return personalityType;
    }

    public void setPersonalityType(PersonalityType personalityType) {
        this.personalityType = personalityType;
    }

    public BuyingStyle getBuyingStyle() {
        return buyingStyle;
    }

    public void setBuyingStyle(BuyingStyle buyingStyle) {
        this.buyingStyle = buyingStyle;
    }

    IndividualProfile toProfile() {
        return new IndividualProfile(gender, birthDate, maritalStatus, employer, jobTitle, incomeBand, interests,
                purchaseMotives, personalityType, buyingStyle);
    }

    static IndividualFields of(IndividualProfile p) {
        IndividualFields f = new IndividualFields();
        f.gender = p.getGender();
        f.birthDate = p.getBirthDate();
        f.maritalStatus = p.getMaritalStatus();
        f.employer = p.getEmployer();
        f.jobTitle = p.getJobTitle();
        f.incomeBand = p.getIncomeBand();
        f.interests = p.getInterests();
        f.purchaseMotives = p.getPurchaseMotives();
        f.personalityType = p.getPersonalityType();
        f.buyingStyle = p.getBuyingStyle();
        return f;
    }

    /** The individual's values for the "changed by someone else" comparison, by field name. */
    void putComparable(java.util.Map<String, String> values) {
        values.put("individual.gender", gender == null ? null : gender.name());
        values.put("individual.birthDate", birthDate == null ? null : birthDate.toString());
        values.put("individual.maritalStatus", maritalStatus == null ? null : maritalStatus.name());
        values.put("individual.employer", employer);
        values.put("individual.jobTitle", jobTitle);
        values.put("individual.incomeBand", incomeBand == null ? null : incomeBand.name());
        values.put("individual.interests", interests);
        values.put("individual.purchaseMotives", purchaseMotives);
        values.put("individual.personalityType", personalityType == null ? null : personalityType.name());
        values.put("individual.buyingStyle", buyingStyle == null ? null : buyingStyle.name());
    }
}
