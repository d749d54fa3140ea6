package org.idic.crm.domain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code crm.time-zone} sets the zone of the application's one clock; unset, it is the JVM's. */
class TimeZonePropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfiguration.class);

    @Test
    void theClockRunsInTheConfiguredBusinessTimeZone() {
        context.withPropertyValues("crm.time-zone=Asia/Shanghai").run(app ->
                assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void withoutTheSettingTheClockRunsInTheJvmsZone() {
        context.run(app -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.systemDefault()));
    }

    @Test
    void anUnknownZoneStopsTheStart() {
        context.withPropertyValues("crm.time-zone=Mars/Olympus").run(app ->
                assertThat(app).hasFailed());
    }
}
