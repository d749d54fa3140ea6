package org.idic.crm.domain.customer;

/** A contact's role in buying decisions. */
public enum BuyingRole {
    DECISION_MAKER, INFLUENCER, PURCHASER, USER, GATEKEEPER
}
