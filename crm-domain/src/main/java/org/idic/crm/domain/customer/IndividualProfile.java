package org.idic.crm.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.idic.crm.domain.support.Text;

/** What a rep knows about a person: for care actions, and how to handle them. Replaced as a whole. */
@Embeddable
public class IndividualProfile {

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Gender gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", length = 12)
    private MaritalStatus maritalStatus;
    @Column(length = 200)
    private String employer;
    @Column(name = "job_title", length = 120)
    private String jobTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_band", length = 20)
    private IncomeBand incomeBand;
    @Column(length = 500)
    private String interests;
    @Column(name = "purchase_motives", length = 500)
    private String purchaseMotives;
    @Enumerated(EnumType.STRING)
    @Column(name = "personality_type", length = 16)
    private PersonalityType personalityType;
    @Enumerated(EnumType.STRING)
    @Column(name = "buying_style", length = 16)
    private BuyingStyle buyingStyle;

    protected IndividualProfile() {
    }

    public IndividualProfile(Gender gender, LocalDate birthDate, MaritalStatus maritalStatus, String employer,
            String jobTitle, IncomeBand incomeBand, String interests, String purchaseMotives,
            PersonalityType personalityType, BuyingStyle buyingStyle) {
        this.gender = gender;
        this.birthDate = birthDate;
        this.maritalStatus = maritalStatus;
        this.employer = Text.clean(employer);
        this.jobTitle = Text.clean(jobTitle);
        this.incomeBand = incomeBand;
        this.interests = Text.clean(interests);
        this.purchaseMotives = Text.clean(purchaseMotives);
        this.personalityType = personalityType;
        this.buyingStyle = buyingStyle;
    }

    public static IndividualProfile empty() {
        return new IndividualProfile();
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public String getEmployer() {
        return employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public String getInterests() {
        return interests;
    }

    public String getPurchaseMotives() {
        return purchaseMotives;
    }

    public PersonalityType getPersonalityType() {
        return personalityType;
    }

    public BuyingStyle getBuyingStyle() {
        return buyingStyle;
    }
}
