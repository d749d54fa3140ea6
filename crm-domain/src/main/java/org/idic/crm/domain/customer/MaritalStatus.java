package org.idic.crm.domain.customer;

/** For care actions (anniversaries, family offers). */
public enum MaritalStatus {
    SINGLE, MARRIED, DIVORCED, WIDOWED
}
