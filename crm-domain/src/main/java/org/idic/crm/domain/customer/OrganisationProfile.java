package org.idic.crm.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.Text;

/** What a rep knows about an organisation, including how to deliver to it. Replaced as a whole. */
@Embeddable
public class OrganisationProfile {

    @Column(length = 100)
    private String industry;
    @Column(name = "employee_count")
    private Integer employeeCount;
    @Column(name = "founded_year")
    private Integer foundedYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "annual_revenue_band", length = 20)
    private RevenueBand annualRevenueBand;
    @Enumerated(EnumType.STRING)
    @Column(name = "credit_rating", length = 10)
    private CreditRating creditRating;
    @Column(name = "cooperation_willingness")
    private Integer cooperationWillingness;
    @Column(name = "relationship_closeness")
    private Integer relationshipCloseness;
    @Column(name = "fiscal_year_start_month")
    private Integer fiscalYearStartMonth;
    @Column(name = "priority_delivery", nullable = false)
    private boolean priorityDelivery;
    @Column(name = "receiving_hours", length = 100)
    private String receivingHours;
    @Column(name = "logistics_notes", length = 500)
    private String logisticsNotes;

    protected OrganisationProfile() {
    }

    public OrganisationProfile(String industry, Integer employeeCount, Integer foundedYear,
            RevenueBand annualRevenueBand, CreditRating creditRating, Integer cooperationWillingness,
            Integer relationshipCloseness, Integer fiscalYearStartMonth, boolean priorityDelivery,
            String receivingHours, String logisticsNotes) {
        this.industry = Text.clean(industry);
        this.employeeCount = requireRange(employeeCount, 0, Integer.MAX_VALUE, "employee count");
        this.foundedYear = requireRange(foundedYear, 1600, 2200, "founded year");
        this.annualRevenueBand = annualRevenueBand;
        this.creditRating = creditRating;
        this.cooperationWillingness = requireRange(cooperationWillingness, 1, 5, "organisation.cooperationWillingness");
        this.relationshipCloseness = requireRange(relationshipCloseness, 1, 5, "organisation.relationshipCloseness");
        this.fiscalYearStartMonth = requireRange(fiscalYearStartMonth, 1, 12, "organisation.fiscalYearStartMonth");
        this.priorityDelivery = priorityDelivery;
        this.receivingHours = Text.clean(receivingHours);
        this.logisticsNotes = Text.clean(logisticsNotes);
    }

    public static OrganisationProfile empty() {
        return new OrganisationProfile();
    }

    private static Integer requireRange(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new RuleViolationException(field, "value.range", min, max);
        }
        return value;
    }

    public String getIndustry() {
        return industry;
    }

    public Integer getEmployeeCount() {
        return employeeCount;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public RevenueBand getAnnualRevenueBand() {
        return annualRevenueBand;
    }

    public CreditRating getCreditRating() {
        return creditRating;
    }

    public Integer getCooperationWillingness() {
        return cooperationWillingness;
    }

    public Integer getRelationshipCloseness() {
        return relationshipCloseness;
    }

    public Integer getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public boolean isPriorityDelivery() {
        return priorityDelivery;
    }

    public String getReceivingHours() {
        return receivingHours;
    }

    public String getLogisticsNotes() {
        return logisticsNotes;
    }
}
