/**
 * What happens with a customer: interactions and their follow-ups, orders (and the product catalogue),
 * complaints through their four steps, and the customer's history of all three. Publishes
 * {@link org.idic.crm.domain.customer.CustomerTouched} when someone works on a customer; hands complaints
 * over on {@link org.idic.crm.domain.customer.CustomerReassigned}.
 * Tables: interaction, customer_order, order_line, product, complaint, interaction_day, follow_up_day,
 * interaction_facet_day, follow_up_facet_day, complaint_closed_facet_day, complaint_open_facet, business_zone,
 * owner_follow_up_due (each person's customers' open follow-ups per due day) (with their triggers),
 * order_number_seq.
 */
@ApplicationModule(displayName = "Activity")
package org.idic.crm.domain.activity;

import org.springframework.modulith.ApplicationModule;
