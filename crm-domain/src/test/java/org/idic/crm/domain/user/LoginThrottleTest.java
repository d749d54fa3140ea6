package org.idic.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.idic.crm.domain.testsupport.MutableClock;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@WithTestDatabase
class LoginThrottleTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        jdbc.update("delete from login_failure");
        jdbc.update("delete from login_lock");
        CLOCK.set(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void fourFailuresDoNotLock() {
        failTimes("rep1", 4);

        assertThat(throttle.lockedUntil("rep1")).isEmpty();
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        failTimes("rep1", 5);

        assertThat(throttle.lockedUntil("rep1")).contains(Instant.parse("2026-03-01T09:19:00Z"));
        CLOCK.advance(Duration.ofMinutes(13)); // 09:18, one minute before the lock ends
        assertThat(throttle.lockedUntil("rep1")).isPresent();
        CLOCK.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.lockedUntil("rep1")).isEmpty();
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("rep1");
            CLOCK.advance(Duration.ofMinutes(4));
        }

        assertThat(throttle.lockedUntil("rep1")).isEmpty();
    }

    @Test
    void otherUsernamesAreUnaffected() {
        failTimes("rep1", 5);

        assertThat(throttle.lockedUntil("rep2")).isEmpty();
    }

    @Test
    void theUsernameIsMatchedWithoutCaseOrSurroundingSpaces() {
        failTimes(" REP1 ", 5);

        assertThat(throttle.lockedUntil("rep1")).isPresent();
    }

    @Test
    void unknownUsernamesAreThrottledExactlyLikeRealOnes() {
        failTimes("nobody-here", 5);

        assertThat(throttle.lockedUntil("nobody-here")).isPresent();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes("rep1", 4);
        throttle.recordSuccess("rep1");
        failTimes("rep1", 4);

        assertThat(throttle.lockedUntil("rep1")).isEmpty();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
            CLOCK.advance(Duration.ofMinutes(1));
        }
    }
}
