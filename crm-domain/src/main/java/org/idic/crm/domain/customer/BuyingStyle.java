package org.idic.crm.domain.customer;

/** Buying behaviour type (购买行为类型); each comes with handling advice for the rep. */
public enum BuyingStyle {
    SOCIAL, DIRECT_BUYER, POLITE, BARGAINER, NO_SHOW
}
