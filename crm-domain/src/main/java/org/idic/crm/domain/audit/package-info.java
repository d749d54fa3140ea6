/**
 * Shared kernel: the audit trail. Changes arrive as {@link org.idic.crm.domain.audit.Audited} events
 * and are written after their transaction commits; refusals and sign-ins are written at once
 * ({@link org.idic.crm.domain.audit.AuditLog#recordNow}). Table: audit_event.
 */
@ApplicationModule(displayName = "Audit trail (shared kernel)")
package org.idic.crm.domain.audit;

import org.springframework.modulith.ApplicationModule;
