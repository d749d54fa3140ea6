/**
 * Shared kernel: what every module uses and that belongs to none of them: the common base of the entities
 * (stamped from the one application clock), free text, "what changed" for the audit trail, bulk COPY into
 * PostgreSQL, demo mode, and the infrastructure of the events between the modules (their executor, their
 * retries). Depends on no other module.
 */
@ApplicationModule(displayName = "Support (shared kernel)")
package org.idic.crm.domain.support;

import org.springframework.modulith.ApplicationModule;
