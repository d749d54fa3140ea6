package org.idic.crm.domain.activity;

/** Who reached out: the customer (inbound) or we (outbound). */
public enum Direction {
    INBOUND, OUTBOUND
}
