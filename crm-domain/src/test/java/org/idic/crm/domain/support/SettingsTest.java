package org.idic.crm.domain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The domain's crm.* settings: typed, with their defaults, and refused at start when they make no sense. */
class SettingsTest {

    @EnableConfigurationProperties({DemoProperties.class, EventProperties.class})
    static class Settings {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withNothingSetTheDefaultsApply() {
        context.run(c -> {
            assertThat(c.getBean(DemoProperties.class)).isEqualTo(new DemoProperties(null, true));
            assertThat(c.getBean(EventProperties.class).retryEvery()).isEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void settingsAreReadTyped() {
        context.withPropertyValues("crm.demo.enabled=false", "crm.demo.book=false", "crm.events.retry-every=30s")
                .run(c -> {
                    assertThat(c.getBean(DemoProperties.class)).isEqualTo(new DemoProperties(false, false));
                    assertThat(c.getBean(EventProperties.class).retryEvery()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void aSettingThatMakesNoSenseStopsTheStart() {
        context.withPropertyValues("crm.events.retry-every=0s").run(c -> assertThat(c).hasFailed()
                .getFailure().hasStackTraceContaining("at least a second"));
        context.withPropertyValues("crm.events.retry-every=soon").run(c -> assertThat(c).hasFailed());
        context.withPropertyValues("crm.demo.book=maybe").run(c -> assertThat(c).hasFailed());
    }
}
