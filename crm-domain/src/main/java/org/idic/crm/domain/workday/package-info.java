/**
 * A rep's day (follow-ups due, open complaints, recent customers) and a manager's team at a glance. A
 * read model over customers, interactions and complaints (and the counts kept of them per person:
 * owner_customers, owner_follow_up_due); no tables of its own.
 */
@ApplicationModule(displayName = "Workday")
package org.idic.crm.domain.workday;

import org.springframework.modulith.ApplicationModule;
