package org.idic.crm.domain.customer;

/** Annual revenue band of an organisation. */
public enum RevenueBand {
    UNDER_1M, FROM_1M_TO_10M, FROM_10M_TO_100M, OVER_100M
}
