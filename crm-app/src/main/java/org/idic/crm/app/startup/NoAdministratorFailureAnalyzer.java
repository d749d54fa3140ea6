package org.idic.crm.app.startup;

import org.idic.crm.domain.user.NoAdministratorException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line why nobody could sign in, and how to fix it. */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Example: CRM_ADMIN_USERNAME=chief CRM_ADMIN_PASSWORD='a long passphrase' java -jar crm-app.jar",
                cause);
    }
}
