package org.idic.crm.domain.activity;

/** Where an order was placed. */
public enum SalesChannel {
    ONLINE, PHONE, STORE, SALES_REP, PARTNER
}
