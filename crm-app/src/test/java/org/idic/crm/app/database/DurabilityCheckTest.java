package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@ExtendWith(OutputCaptureExtension.class)
class DurabilityCheckTest {

    @Test
    void aServerOfOneOwnWithoutFsyncIsReportedLoudlyAtStart(CapturedOutput output) {
        // the tests' own server runs without fsync, for speed
        TestDatabase.Connection db = TestDatabase.newDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.username(), db.password()));
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");

        new DurabilityCheck(jdbc).afterSingletonsInstantiated();

        assertThat(output.getOut()).contains("WARN").contains("DATA AT RISK: the database runs with fsync = off. An "
                + "operating-system crash or a power cut can lose committed changes or corrupt it.");
    }
}
