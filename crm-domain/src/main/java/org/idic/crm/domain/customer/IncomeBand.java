package org.idic.crm.domain.customer;

/** Rough yearly income band of an individual. */
public enum IncomeBand {
    LOW, LOWER_MIDDLE, MIDDLE, UPPER_MIDDLE, HIGH
}
