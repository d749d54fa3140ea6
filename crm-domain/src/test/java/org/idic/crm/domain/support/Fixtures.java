package org.idic.crm.domain.support;

import java.lang.reflect.Field;
import java.time.Instant;
import org.idic.crm.domain.customer.Customer;
import org.idic.crm.domain.customer.CustomerDetails;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.user.AppUser;
import org.idic.crm.domain.user.Team;

/** In-memory entities for unit tests of entity rules (no database). */
public final class Fixtures {

    /** "Now" for entities made in memory. */
    public static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    private Fixtures() {
    }

    public static Team team(long id, String name) {
        return withId(new Team(name), id);
    }

    public static AppUser rep(long id, String username, Team team) {
        return withId(AppUser.rep(username, "{noop}x", username, team), id);
    }

    public static Customer customer(long id, AppUser owner) {
        return withId(new Customer("C-" + id, CustomerKind.INDIVIDUAL, details("Customer " + id), null, owner, NOW),
                id);
    }

    public static CustomerDetails details(String name) {
        return new CustomerDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = org.idic.crm.domain.support.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
