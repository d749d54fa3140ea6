package org.idic.crm.domain.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.activity.ComplaintCategory;
import org.idic.crm.domain.activity.ComplaintDetails;
import org.idic.crm.domain.activity.Complaints;
import org.idic.crm.domain.activity.Direction;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.InteractionDetails;
import org.idic.crm.domain.activity.Interactions;
import org.idic.crm.domain.activity.OrderDetails;
import org.idic.crm.domain.activity.OrderStatus;
import org.idic.crm.domain.activity.Orders;
import org.idic.crm.domain.activity.ProductDetails;
import org.idic.crm.domain.activity.Products;
import org.idic.crm.domain.activity.Purpose;
import org.idic.crm.domain.activity.SalesChannel;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.domain.customer.ContactDetails;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.CustomerDetails;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserBootstrap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test data made through the use cases: the demo users, customers, and a customer with one of
 * everything hanging off it. Shared by the integration tests of every module.
 */
@Component
public class Scenario {

    /** The ids of the fixture's records. */
    public record Book(Long customer, Long contact, Long order, Long interaction, Long complaint, Long product) {
    }

    private final UserBootstrap bootstrap;
    private final UserAccounts accounts;
    private final Customers customers;
    private final Contacts contacts;
    private final Orders orders;
    private final Interactions interactions;
    private final Complaints complaints;
    private final Products products;
    private final JdbcTemplate jdbc;

    Scenario(UserBootstrap bootstrap, UserAccounts accounts, Customers customers, Contacts contacts, Orders orders,
            Interactions interactions, Complaints complaints, Products products, JdbcTemplate jdbc) {
        this.bootstrap = bootstrap;
        this.accounts = accounts;
        this.customers = customers;
        this.contacts = contacts;
        this.orders = orders;
        this.interactions = interactions;
        this.complaints = complaints;
        this.products = products;
        this.jdbc = jdbc;
    }

    /**
     * Everything emptied (segmentation runs and scores too), users and teams as in the demo. Waits first
     * for the events of the test before (so that no late audit line or last-activity stamp lands in this
     * one).
     */
    public void reset() {
        awaitEvents();
        jdbc.update("truncate team, app_user, product, audit_event, login_failure, login_lock, login_known_address,"
                + " customer_owner_change,"
                + " interaction_day, follow_up_day, interaction_facet_day, follow_up_facet_day, complaint_closed_facet_day,"
                + " complaint_open_facet, segmentation_run, owner_customers, owner_follow_up_due,"
                + " segmentation_settings restart identity cascade");
        for (String partition : jdbc.queryForList("select c.relname from pg_inherits i join pg_class c on"
                + " c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent where p.relname = 'customer_score'",
                String.class)) {
            jdbc.execute("drop table " + partition);
        }
        bootstrap.ensureUsers(true, null, null);
    }

    /**
     * Waits until every event published so far has been handled by its listeners: they run after the
     * publishing transaction commits, and the registry deletes a publication once it is handled. A
     * listener that fails leaves its publication, and this times out (the test fails, as it should).
     */
    public void awaitEvents() {
        Events.awaitHandled(jdbc);
    }

    /** A customer of {@code owner} with the given name and otherwise typical details. */
    public Long customerOf(String owner, String name) {
        return customers.create(actor(owner), CustomerKind.ORGANISATION, details(name), null);
    }

    /**
     * {@code count} customers of {@code owner} straight into the table (fast enough for thousands):
     * "{@code namePrefix} 00001", ... with numbers "G-{@code namePrefix}-00001", ..., tag "bulk".
     */
    public void bulkCustomersOf(String owner, int count, String namePrefix) {
        jdbc.update("""
                insert into customer (customer_number, kind, name, owner_id, team_id, tags, phone, phone_digits, email,
                                      city)
                select 'G-' || ? || '-' || lpad(g::text, 5, '0'), 'ORGANISATION', ? || ' ' || lpad(g::text, 5, '0'),
                       u.id, u.team_id, array['bulk'], '+86 138 0000 ' || g, '861380000' || g,
                       'bulk' || g || '@example.com', 'Shanghai'
                from generate_series(1, ?) g cross join app_user u where u.username = ?""",
                namePrefix, namePrefix, count, owner);
    }

    public static CustomerDetails details(String name) {
        return new CustomerDetails(name, null, null, null, List.of("vip"), "+86 138 0013 8000",
                name.toLowerCase().replace(' ', '.') + "@example.com", null, null, "Shanghai", null, "CN",
                new BigDecimal("50000"), null, null, null);
    }

    public Actor actor(String username) {
        return accounts.credentials(username).orElseThrow().user().actor();
    }

    public Book bookOf(String owner) {
        Actor actor = actor(owner);
        Long product = products.create(actor("admin"), new ProductDetails("SKU-" + System.nanoTime(), "Green tea",
                "Tea", new BigDecimal("12.50"), new BigDecimal("7.00"), true));
        Long customer = customers.create(actor, CustomerKind.ORGANISATION, new CustomerDetails("Acme Trading", null,
                null, null, List.of("vip"), "+86 138 0013 8000", "buyer@acme.example", null, null, "Shanghai", null,
                "CN", null, null, null, null), null);
        Long contact = contacts.add(actor, customer, new ContactDetails("Li Lei", "Buyer", null, null, null, null, null,
                true));
        Long order = orders.create(actor, customer, new OrderDetails(java.time.LocalDate.now(), OrderStatus.COMPLETED,
                SalesChannel.SALES_REP, new BigDecimal("100.00"), new BigDecimal("60.00"), null, List.of()));
        Long interaction = interactions.log(actor, customer, new InteractionDetails(InteractionChannel.PHONE,
                Direction.OUTBOUND, Purpose.INFORMATION, Instant.now(), 10, "Called about the order", null, null,
                null, java.time.LocalDate.now()));
        Long complaint = complaints.receive(actor, customer, new ComplaintDetails(Instant.now(),
                InteractionChannel.PHONE, ComplaintCategory.DELIVERY, Severity.HIGH, "Late parcel", null, null));
        return new Book(customer, contact, order, interaction, complaint, product);
    }

    /**
     * A fingerprint of everything a customer's records hold, to show that a refused request changed nothing
     * (taken once the events of what came before are handled: a late last-activity stamp is no change).
     */
    public String fingerprint() {
        awaitEvents();
        return jdbc.queryForObject("""
                select md5(coalesce((select string_agg(c::text, '|' order by id) from customer c), '')
                    || coalesce((select string_agg(k::text, '|' order by id) from contact k), '')
                    || coalesce((select string_agg(o::text, '|' order by id) from customer_order o), '')
                    || coalesce((select string_agg(l::text, '|' order by id) from order_line l), '')
                    || coalesce((select string_agg(i::text, '|' order by id) from interaction i), '')
                    || coalesce((select string_agg(x::text, '|' order by id) from complaint x), '')
                    || coalesce((select string_agg(p::text, '|' order by id) from product p), ''))""", String.class);
    }
}
