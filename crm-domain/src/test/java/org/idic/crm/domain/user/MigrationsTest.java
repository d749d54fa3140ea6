package org.idic.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@WithTestDatabase
class MigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayAppliedEveryMigrationSuccessfully() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version is not null", Integer.class);
        Integer failed = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where not success", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(2);
        assertThat(failed).isZero();
        assertThat(jdbc.queryForObject("select to_regclass('app_user') is not null", Boolean.class)).isTrue();
    }

    @Test
    void theDatabaseIsRealPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
}
