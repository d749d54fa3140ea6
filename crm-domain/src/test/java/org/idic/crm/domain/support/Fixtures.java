package org.idic.crm.domain.support;

import java.lang.reflect.Field;
import java.time.Instant;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.customer.CustomerDetails;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.internal.Customer;
import org.idic.crm.domain.user.UserView;

/** In-memory entities (and the users they refer to) for unit tests of entity rules (no database). */
public final class Fixtures {

    /** "Now" for entities made in memory. */
    public static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    private Fixtures() {
    }

    /** A rep of team {@code teamId}, as the user module tells other modules about its users. */
    public static UserView rep(long id, String username, long teamId) {
        return new UserView(id, username, username, Role.REP, teamId, "Team " + teamId, true, null, null, false);
    }

    public static UserView admin(long id, String username) {
        return new UserView(id, username, username, Role.ADMIN, null, null, true, null, null, false);
    }

    public static Customer customer(long id, UserView owner) {
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
