/**
 * Shared kernel: who is asking ({@link org.idic.crm.domain.access.Actor}, their role) and what they may
 * see ({@link org.idic.crm.domain.access.AccessScope}), and the exceptions every use case answers with:
 * not found, not permitted, changed by someone else, a rule broken. No tables; depends on no other module.
 */
@ApplicationModule(displayName = "Access (shared kernel)")
package org.idic.crm.domain.access;

import org.springframework.modulith.ApplicationModule;
