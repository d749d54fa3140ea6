/**
 * The playbooks: what to do with a customer of each tier and lifecycle stage, in both languages.
 * Table: playbook.
 */
@ApplicationModule(displayName = "Playbooks")
package org.idic.crm.domain.playbook;

import org.springframework.modulith.ApplicationModule;
