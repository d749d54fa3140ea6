package org.idic.crm.domain.support;

import java.math.BigDecimal;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.CustomerDetails;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserBootstrap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo users and an empty book of business, for the domain's integration tests. */
@Component
public class DomainScenario {

    private final UserBootstrap bootstrap;
    private final UserAccounts accounts;
    private final Customers customers;
    private final JdbcTemplate jdbc;

    DomainScenario(UserBootstrap bootstrap, UserAccounts accounts, Customers customers, JdbcTemplate jdbc) {
        this.bootstrap = bootstrap;
        this.accounts = accounts;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    public void reset() {
        // everything, users and teams included: a test may have moved or disabled someone
        jdbc.update("truncate team, app_user, audit_event, login_failure, login_lock restart identity cascade");
        bootstrap.ensureUsers(true, null, null);
    }

    public Actor actor(String username) {
        return Actor.of(accounts.credentials(username).orElseThrow().user());
    }

    public Long customerOf(String owner, String name) {
        Actor actor = actor(owner);
        return customers.create(actor, CustomerKind.ORGANISATION, details(name), null);
    }

    public static CustomerDetails details(String name) {
        return new CustomerDetails(name, null, null, null, List.of("vip"), "+86 138 0013 8000",
                name.toLowerCase().replace(' ', '.') + "@example.com", null, null, "Shanghai", null, "CN",
                new BigDecimal("50000"), null, null, null);
    }
}
