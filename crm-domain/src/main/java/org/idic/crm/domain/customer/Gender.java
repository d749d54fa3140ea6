package org.idic.crm.domain.customer;

/** As the customer states it. */
public enum Gender {
    FEMALE, MALE, OTHER
}
