package org.idic.crm.domain.customer;

/** Where the customer came from. */
public enum CustomerSource {
    REFERRAL, WEB, EVENT, COLD_CALL, PARTNER, ADVERTISING, OTHER
}
