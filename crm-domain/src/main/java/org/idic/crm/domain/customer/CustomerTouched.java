package org.idic.crm.domain.customer;

import java.time.Instant;

/**
 * Someone worked on a customer (logged an interaction, recorded an order, took a complaint step): the
 * customer module moves the customer's last activity on, after the publishing transaction commits.
 * Published by the modules that keep records of a customer; the customer module keeps the stamp.
 */
public record CustomerTouched(Long customerId, Instant at) {
}
