package org.idic.crm.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the CRM runs on its own PostgreSQL kept under
 * {@code crm.data-dir}. The connection pool is closed before the server stops; a watchdog starts the server
 * again should it die.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
@EnableConfigurationProperties(DataDirectoryProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String DEFAULT_DATA_DIR = "./crm-data";

    /** The server {@link EarlyStart} began to start, else one started now. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DataDirectoryProperties properties, ObjectProvider<StartingDatabase> starting) {
        StartingDatabase early = starting.getIfAvailable();
        return early != null ? early.claim() : EmbeddedDatabase.start(properties.dataDir());
    }

    @Bean
    EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedDatabase database, ApplicationEventPublisher events) {
        return new EmbeddedDatabaseWatchdog(database, events);
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setPoolName("crm-embedded");
        return dataSource;
    }
}
