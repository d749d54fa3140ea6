/**
 * Customers and their contacts: who they are, who owns them, when someone last worked on them. Other
 * modules reach a customer only through {@link org.idic.crm.domain.customer.VisibleCustomers} (the
 * actor's scope applied, refusals audited) and keep its id. Listens to
 * {@link org.idic.crm.domain.customer.CustomerTouched}; publishes
 * {@link org.idic.crm.domain.customer.CustomerReassigned}.
 * Tables: customer, contact, customer_owner_change (with its triggers), owner_customers (how many customers each
 * person owns, kept by triggers), customer_number_seq.
 */
@ApplicationModule(displayName = "Customers")
package org.idic.crm.domain.customer;

import org.springframework.modulith.ApplicationModule;
