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

    static final String HOME = "10.0.0.1";
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
        jdbc.update("delete from login_known_address");
        jdbc.update("delete from audit_event");
        CLOCK.set(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void fourFailuresDoNotLock() {
        failTimes("rep1", 4);

        assertThat(throttle.lockedUntil("rep1", HOME)).isEmpty();
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        failTimes("rep1", 5);

        assertThat(throttle.lockedUntil("rep1", HOME)).contains(Instant.parse("2026-03-01T09:19:00Z"));
        CLOCK.advance(Duration.ofMinutes(13)); // 09:18, one minute before the lock ends
        assertThat(throttle.lockedUntil("rep1", HOME)).isPresent();
        CLOCK.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.lockedUntil("rep1", HOME)).isEmpty();
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("rep1", HOME);
            CLOCK.advance(Duration.ofMinutes(4));
        }

        assertThat(throttle.lockedUntil("rep1", HOME)).isEmpty();
    }

    @Test
    void otherUsernamesAreUnaffected() {
        failTimes("rep1", 5);

        assertThat(throttle.lockedUntil("rep2", HOME)).isEmpty();
    }

    @Test
    void theUsernameIsMatchedWithoutCaseOrSurroundingSpaces() {
        failTimes(" REP1 ", 5);

        assertThat(throttle.lockedUntil("rep1", HOME)).isPresent();
    }

    @Test
    void unknownUsernamesAreThrottledExactlyLikeRealOnes() {
        failTimes("nobody-here", 5);

        assertThat(throttle.lockedUntil("nobody-here", HOME)).isPresent();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes("rep1", 4);
        throttle.recordSuccess("rep1", HOME);
        failTimes("rep1", 4);

        assertThat(throttle.lockedUntil("rep1", HOME)).isEmpty();
    }

    @Test
    void failuresFromOneAddressDoNotLockTheUserOutFromAnother() {
        failTimes("rep1", 5);

        assertThat(throttle.lockedUntil("rep1", HOME)).isPresent();
        assertThat(throttle.lockedUntil("rep1", "10.0.0.2")).isEmpty();
    }

    @Test
    void manyFailuresFromManyAddressesLockStrangersButNotTheUsersOwnAddress() {
        throttle.recordSuccess("rep1", "10.9.9.9"); // the rep's own desk
        for (int i = 0; i < LoginThrottle.GLOBAL_MAX_FAILURES; i++) {
            throttle.recordFailure("rep1", "192.0.2." + (i % 5)); // 4 failures per address: none locked alone
        }

        assertThat(throttle.lockedUntil("rep1", "192.0.2.1")).isPresent();
        assertThat(throttle.lockedUntil("rep1", "198.51.100.7")).isPresent();
        assertThat(throttle.lockedUntil("rep1", "10.9.9.9")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_LOCKOUT'",
                Integer.class)).isEqualTo(1);
        CLOCK.advance(LoginThrottle.LOCK.plusSeconds(1));
        assertThat(throttle.lockedUntil("rep1", "198.51.100.7")).isEmpty();
    }

    @Test
    void aLockoutIsAnAuditEvent() {
        failTimes("rep1", 5);

        assertThat(jdbc.queryForList("select actor || ' ' || details from audit_event where action = 'LOGIN_LOCKOUT'",
                String.class)).containsExactly("rep1 {\"address\":\"" + HOME + "\"}");
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, HOME);
            CLOCK.advance(Duration.ofMinutes(1));
        }
    }
}
