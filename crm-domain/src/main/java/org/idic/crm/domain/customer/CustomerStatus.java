package org.idic.crm.domain.customer;

/** Active, or closed by a user (a closed account is TERMINATED in the lifecycle). */
public enum CustomerStatus {
    ACTIVE, CLOSED
}
