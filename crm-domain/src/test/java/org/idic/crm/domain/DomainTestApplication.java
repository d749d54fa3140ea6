package org.idic.crm.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain module's own Spring configuration for its integration tests. */
@SpringBootApplication
class DomainTestApplication {
}
