package org.idic.crm.app.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The sign-in sessions in PostgreSQL (Spring Session JDBC). Two requests of one session at once (a page and
 * its htmx poll, a double click) may both add the same new attribute; with the plain insert the second
 * failed on the attribute table's primary key, and the request, even its error page, with it. Spring
 * Session's customizer for PostgreSQL writes attributes with {@code insert ... on conflict do update}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
