package org.idic.crm.domain.customer.internal;

import java.util.Map;
import org.idic.crm.domain.customer.IndividualProfile;
import org.idic.crm.domain.customer.OrganisationProfile;

/** The profile fields as audit values, so that "what changed" covers them too. */
final class ProfileAudit {

    private ProfileAudit() {
    }

    static void add(Map<String, Object> values, IndividualProfile p, OrganisationProfile o) {
        values.put("gender", p.getGender());
        values.put("birthDate", p.getBirthDate());
        values.put("maritalStatus", p.getMaritalStatus());
        values.put("employer", p.getEmployer());
        values.put("jobTitle", p.getJobTitle());
        values.put("incomeBand", p.getIncomeBand());
        values.put("interests", p.getInterests());
        values.put("purchaseMotives", p.getPurchaseMotives());
        values.put("personalityType", p.getPersonalityType());
        values.put("buyingStyle", p.getBuyingStyle());
        values.put("industry", o.getIndustry());
        values.put("employeeCount", o.getEmployeeCount());
        values.put("foundedYear", o.getFoundedYear());
        values.put("annualRevenueBand", o.getAnnualRevenueBand());
        values.put("creditRating", o.getCreditRating());
        values.put("cooperationWillingness", o.getCooperationWillingness());
        values.put("relationshipCloseness", o.getRelationshipCloseness());
        values.put("fiscalYearStartMonth", o.getFiscalYearStartMonth());
        values.put("priorityDelivery", o.isPriorityDelivery());
        values.put("receivingHours", o.getReceivingHours());
        values.put("logisticsNotes", o.getLogisticsNotes());
    }
}
