package org.idic.crm.domain.activity;

/** What the complaint is about (投诉原因). */
public enum ComplaintCategory {
    PRODUCT_QUALITY, SERVICE, STAFF_ATTITUDE, DELIVERY, BILLING, ENVIRONMENT, CUSTOMER_MISUSE, EXPECTATION_MISMATCH
}
