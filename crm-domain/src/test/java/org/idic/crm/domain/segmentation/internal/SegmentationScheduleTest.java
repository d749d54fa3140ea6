package org.idic.crm.domain.segmentation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schedule as several application instances see it: each checks once a minute, at its own moment,
 * and exactly one of them runs each firing.
 */
@SpringBootTest(properties = "crm.segmentation.schedule.enabled=false")
@WithTestDatabase
class SegmentationScheduleTest {

    static final Instant BEFORE_TWO = Instant.parse("2026-11-30T01:59:30Z");

    @Autowired
    Scenario scenario;
    @Autowired
    SettingsVersions settings;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void everyNightAtTwo() {
        scenario.reset();
        jdbc.update("delete from shedlock");
        scenario.customerOf("rep1", "Acme Trading");
        settings.save(scenario.actor("admin"), SegmentationSettings.defaults(), "0 0 2 * * *");
    }

    @Test
    void twoInstancesThatSeeTheSameFiringAtDifferentMomentsRunItOnce() {
        SegmentationSchedule first = instance();
        SegmentationSchedule second = instance();

        // the first looks 10 s after two, the second 50 s after (each checks the minute before its look)
        first.check(BEFORE_TWO, BEFORE_TWO.plusSeconds(40));
        second.check(BEFORE_TWO.plusSeconds(50), BEFORE_TWO.plusSeconds(80));

        assertThat(scheduledRuns()).isEqualTo(1);
        // a short run leaves the lock held for longer than an instance can take to see the firing (one poll)
        // plus a margin for their clocks, so a slower instance never runs the same firing after the run ended
        Double heldSeconds = jdbc.queryForObject("select extract(epoch from lock_until - locked_at) from shedlock"
                + " where name = 'segmentation-run'", Double.class);
        assertThat(heldSeconds).isGreaterThanOrEqualTo(2.0 * SegmentationSchedule.POLL.toSeconds());
    }

    @Test
    void nothingRunsBetweenFiringsOrWithoutASchedule() {
        SegmentationSchedule one = instance();
        one.check(BEFORE_TWO.plusSeconds(60), BEFORE_TWO.plusSeconds(120));
        assertThat(scheduledRuns()).isZero();

        settings.save(scenario.actor("admin"), SegmentationSettings.defaults(), null);
        one.check(BEFORE_TWO, BEFORE_TWO.plusSeconds(60));
        assertThat(scheduledRuns()).isZero();
    }

    @Test
    void aFiringWhileARunIsGoingIsSkipped() {
        jdbc.update("""
                insert into segmentation_run (status, trigger, as_of, settings_version, started_by, started_at,
                    heartbeat_at) values ('RUNNING', 'MANUAL', current_date, 1, 'admin', now(), now())""");

        instance().check(BEFORE_TWO, BEFORE_TWO.plusSeconds(60));

        assertThat(scheduledRuns()).isZero();
        jdbc.update("delete from segmentation_run where status = 'RUNNING'");
    }

    private SegmentationSchedule instance() {
        return new SegmentationSchedule(settings, runs, dataSource, Clock.fixed(BEFORE_TWO, ZoneOffset.UTC),
                new SegmentationProperties(new SegmentationProperties.Schedule(false)));
    }

    private long scheduledRuns() {
        return jdbc.queryForObject("select count(*) from segmentation_run where trigger = 'SCHEDULE'", Long.class);
    }
}
