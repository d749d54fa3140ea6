package org.idic.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.activity.Direction;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.InteractionDetails;
import org.idic.crm.domain.activity.Interactions;
import org.idic.crm.domain.activity.Purpose;
import org.idic.crm.domain.testsupport.MutableClock;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work recorded by another module moves a customer's last activity on, through an event handled after
 * the work commits: forward only, and without touching the customer's version (a rep's open edit of the
 * customer does not become a conflict because someone logged a call).
 */
@SpringBootTest
@WithTestDatabase
class LastActivityTest {

    static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(T0);
        }
    }

    @Autowired
    Scenario scenario;
    @Autowired
    Customers customers;
    @Autowired
    Interactions interactions;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Actor rep1;
    Long customer;

    @BeforeEach
    void oneCustomer() {
        clock.set(T0);
        scenario.reset();
        rep1 = scenario.actor("rep1");
        customer = scenario.customerOf("rep1", "Evergreen Foods");
    }

    @Test
    void loggedWorkMovesTheLastActivityOnButNotTheCustomersVersion() {
        long version = customers.get(rep1, customer).version();
        assertThat(customers.get(rep1, customer).lastActivityAt()).isEqualTo(T0);

        clock.advance(Duration.ofHours(2));
        interactions.log(rep1, customer, call(T0.plus(Duration.ofHours(2))));
        scenario.awaitEvents();

        CustomerView after = customers.get(rep1, customer);
        assertThat(after.lastActivityAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(after.version()).isEqualTo(version);
        // the edit the rep began before the call is saved, not refused as changed by someone else
        customers.update(rep1, customer, version, Scenario.details("Evergreen Foods Ltd"));
        assertThat(customers.get(rep1, customer).name()).isEqualTo("Evergreen Foods Ltd");
    }

    @Test
    void aLateStampNeverMovesTheLastActivityBack() {
        clock.advance(Duration.ofHours(3));
        customers.update(rep1, customer, customers.get(rep1, customer).version(), Scenario.details("Evergreen"));
        Instant edited = customers.get(rep1, customer).lastActivityAt();

        clock.set(T0.plus(Duration.ofHours(1)));
        interactions.log(rep1, customer, call(T0.plus(Duration.ofHours(1))));
        scenario.awaitEvents();

        assertThat(edited).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(customers.get(rep1, customer).lastActivityAt()).isEqualTo(edited);
    }

    private static InteractionDetails call(Instant at) {
        return new InteractionDetails(InteractionChannel.PHONE, Direction.OUTBOUND, Purpose.CARE, at, 5, "Called",
                null, null, null, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusDays(7));
    }
}
