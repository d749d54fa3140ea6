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
        int scripts = 0;
        try {
            scripts = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/V*__*.sql").length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(scripts).isGreaterThanOrEqualTo(10);
        assertThat(applied).isEqualTo(scripts);
        assertThat(failed).isZero();
        assertThat(jdbc.queryForObject("select to_regclass('app_user') is not null", Boolean.class)).isTrue();
    }

    @Test
    void everyConnectionPlansStatementsWithTheirParameters() {
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    @Test
    void everyConnectionRunsWithoutJustInTimeCompilation() {
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }

    @Test
    void everyConnectionStartsParallelWorkersOnlyForLargeScans() {
        assertThat(jdbc.queryForObject("show parallel_setup_cost", String.class)).isEqualTo("10000");
    }

    @Test
    void theDatabaseIsRealPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
}
