package org.idic.crm.web.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.idic.crm.domain.customer.CreditRating;
import org.idic.crm.domain.customer.OrganisationProfile;
import org.idic.crm.domain.customer.RevenueBand;

/** The organisation's part of the customer form. */
public class OrganisationFields {

    @Size(max = 100)
    private String industry;
    @PositiveOrZero
    private Integer employeeCount;
    @Min(1600)
    @Max(2200)
    private Integer foundedYear;
    private RevenueBand annualRevenueBand;
    private CreditRating creditRating;
    @Min(1)
    @Max(5)
    private Integer cooperationWillingness;
    @Min(1)
    @Max(5)
    private Integer relationshipCloseness;
    @Min(1)
    @Max(12)
    private Integer fiscalYearStartMonth;
    private boolean priorityDelivery;
    @Size(max = 100)
    private String receivingHours;
    @Size(max = 500)
    private String logisticsNotes;

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Integer getEmployeeCount() {
        return employeeCount;
    }

    public void setEmployeeCount(Integer employeeCount) {
        this.employeeCount = employeeCount;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public RevenueBand getAnnualRevenueBand() {
        return annualRevenueBand;
    }

    public void setAnnualRevenueBand(RevenueBand annualRevenueBand) {
        this.annualRevenueBand = annualRevenueBand;
    }

    public CreditRating getCreditRating() {
        return creditRating;
    }

    public void setCreditRating(CreditRating creditRating) {
        this.creditRating = creditRating;
    }

    public Integer getCooperationWillingness() {
        return cooperationWillingness;
    }

    public void setCooperationWillingness(Integer cooperationWillingness) {
        this.cooperationWillingness = cooperationWillingness;
    }

    public Integer getRelationshipCloseness() {
        return relationshipCloseness;
    }

    public void setRelationshipCloseness(Integer relationshipCloseness) {
        this.relationshipCloseness = relationshipCloseness;
    }

    public Integer getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public void setFiscalYearStartMonth(Integer fiscalYearStartMonth) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    public boolean isPriorityDelivery() {
        return priorityDelivery;
    }

    public void setPriorityDelivery(boolean priorityDelivery) {
        this.priorityDelivery = priorityDelivery;
    }

    public String getReceivingHours() {
        return receivingHours;
    }

    public void setReceivingHours(String receivingHours) {
        this.receivingHours = receivingHours;
    }

    public String getLogisticsNotes() {
        return logisticsNotes;
    }

    public void setLogisticsNotes(String logisticsNotes) {
        this.logisticsNotes = logisticsNotes;
    }

    OrganisationProfile toProfile() {
        return new OrganisationProfile(industry, employeeCount, foundedYear, annualRevenueBand, creditRating,
                cooperationWillingness, relationshipCloseness, fiscalYearStartMonth, priorityDelivery, receivingHours,
                logisticsNotes);
    }

    static OrganisationFields of(OrganisationProfile p) {
        OrganisationFields f = new OrganisationFields();
        f.industry = p.getIndustry();
        f.employeeCount = p.getEmployeeCount();
        f.foundedYear = p.getFoundedYear();
        f.annualRevenueBand = p.getAnnualRevenueBand();
        f.creditRating = p.getCreditRating();
        f.cooperationWillingness = p.getCooperationWillingness();
        f.relationshipCloseness = p.getRelationshipCloseness();
        f.fiscalYearStartMonth = p.getFiscalYearStartMonth();
        f.priorityDelivery = p.isPriorityDelivery();
        f.receivingHours = p.getReceivingHours();
        f.logisticsNotes = p.getLogisticsNotes();
        return f;
    }

    /** The organisation's values for the "changed by someone else" comparison, by field name. */
    void putComparable(java.util.Map<String, String> values) {
        values.put("organisation.industry", industry);
        values.put("organisation.employeeCount", employeeCount == null ? null : employeeCount.toString());
        values.put("organisation.foundedYear", foundedYear == null ? null : foundedYear.toString());
        values.put("organisation.annualRevenueBand", annualRevenueBand == null ? null : annualRevenueBand.name());
        values.put("organisation.creditRating", creditRating == null ? null : creditRating.name());
        values.put("organisation.cooperationWillingness", cooperationWillingness == null ? null : cooperationWillingness.toString());
        values.put("organisation.relationshipCloseness", relationshipCloseness == null ? null : relationshipCloseness.toString());
        values.put("organisation.fiscalYearStartMonth", fiscalYearStartMonth == null ? null : fiscalYearStartMonth.toString());
        values.put("organisation.priorityDelivery", String.valueOf(priorityDelivery));
        values.put("organisation.receivingHours", receivingHours);
        values.put("organisation.logisticsNotes", logisticsNotes);
    }
}
