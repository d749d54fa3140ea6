package org.idic.crm.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;

/**
 * The domain module's own Spring configuration for its integration tests. When the application's tests run with
 * the module's test classes on the class path ({@code mvn test -pl crm-app -am}), the application's component scan
 * finds this class too; it then stands aside, or its auto-configuration package would register every repository
 * twice.
 */
@SpringBootApplication
@ConditionalOnMissingClass("org.idic.crm.CrmApplication")
class DomainTestApplication {
}
