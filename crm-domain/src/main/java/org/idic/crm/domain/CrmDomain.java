package org.idic.crm.domain;

import org.springframework.modulith.Modulithic;

/**
 * The domain as a modular monolith: every package directly below this one is an application module
 * (docs/architecture.md). A module's public types in its own package are its API; its sub-packages are
 * its internals, which no other module may use. {@code ModulesTest} verifies it and draws the modules.
 * The shared kernel (support, access, user, audit) is what every module builds on.
 */
@Modulithic(systemName = "IDIC CRM domain", sharedModules = {"support", "access", "user", "audit"})
public final class CrmDomain {

    private CrmDomain() {
    }
}
