package org.idic.crm.domain.order;

/** Where an order was placed. */
public enum SalesChannel {
    ONLINE, PHONE, STORE, SALES_REP, PARTNER
}
