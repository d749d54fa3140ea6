package org.idic.crm.domain.imports.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.ActivityImports;
import org.idic.crm.domain.activity.InteractionImports;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.ContactImports;
import org.idic.crm.domain.customer.CustomerImports;
import org.idic.crm.domain.imports.ImportProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reverts an import: the records it created are deleted, those it updated get their values back. Only
 * when none of them changed since (a later edit would be lost) and nothing has been added to the records
 * it created (an order or a contact of a customer it created, a product on an order line, a contact named
 * on an interaction); else it is refused, saying which record stands in the way, and nothing changes.
 */
@Component
public class Undo {

    /** What an import did, as stored for undo. */
    record Batch(long id, long userId, String kind, Instant finishedAt, Instant undoneAt) {
    }

    private static final List<String[]> ENTITIES = List.of(
            new String[] {"customer", "customer", "customer_number"},
            new String[] {"product", "product", "sku"},
            new String[] {"order", "customer_order", "order_number"},
            new String[] {"contact", "contact", "name"},
            new String[] {"interaction", "interaction", "external_id"});

    private final JdbcClient jdbc;
    private final CustomerImports customers;
    private final ActivityImports activity;
    private final ContactImports contacts;
    private final InteractionImports interactions;
    private final ImportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Undo(JdbcClient jdbc, CustomerImports customers, ActivityImports activity, ContactImports contacts,
            InteractionImports interactions, ImportProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.activity = activity;
        this.contacts = contacts;
        this.interactions = interactions;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void undo(Actor actor, long batchId) {
        Batch batch = jdbc.sql("""
                select id, user_id, kind, finished_at, undone_at from import_batch where id = :id for update""")
                .param("id", batchId)
                .query((rs, n) -> new Batch(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("import", batchId));
        if (!actor.isAdmin() && batch.userId() != actor.userId()) {
            throw new NotPermittedException("only who imported, or an administrator, undoes an import");
        }
        if (batch.undoneAt() != null) {
            throw new RuleViolationException(null, "import.undo.already");
        }
        if (batch.finishedAt().plus(Duration.ofDays(properties.undoDays())).isBefore(clock.instant())) {
            throw new RuleViolationException(null, "import.undo.tooOld", properties.undoDays());
        }
        for (String[] entity : ENTITIES) {
            jdbc.sql("""
                    select count(*), min(coalesce(t.%2$s, '#' || r.record_id)) from import_record r
                    left join %1$s t on t.id = r.record_id
                    where r.batch_id = :b and r.entity = :e and (t.id is null or t.version <> r.version_after)"""
                    .formatted(entity[1], entity[2])).param("b", batchId).param("e", entity[0])
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                    .filter(row -> (Long) row[0] > 0)
                    .ifPresent(row -> {
                        throw new RuleViolationException(null, "import.undo.changedSince", row[0], row[1]);
                    });
        }
        usedSince(batchId, """
                select c.customer_number from import_record r join customer c on c.id = r.record_id
                where r.batch_id = :b and r.entity = 'customer' and r.created and (
                    exists (select 1 from customer_order o where o.customer_id = c.id)
                    or exists (select 1 from interaction i where i.customer_id = c.id)
                    or exists (select 1 from complaint x where x.customer_id = c.id)
                    or exists (select 1 from contact k where k.customer_id = c.id)) limit 1""").ifPresent(number -> {
                        throw new RuleViolationException(null, "import.undo.inUse.customer", number);
                    });
        usedSince(batchId, """
                select p.sku from import_record r join product p on p.id = r.record_id
                where r.batch_id = :b and r.entity = 'product' and r.created
                  and exists (select 1 from order_line l where l.product_id = p.id) limit 1""").ifPresent(sku -> {
                    throw new RuleViolationException(null, "import.undo.inUse.product", sku);
                });
        usedSince(batchId, """
                select k.name from import_record r join contact k on k.id = r.record_id
                where r.batch_id = :b and r.entity = 'contact' and r.created and (
                    exists (select 1 from interaction i where i.contact_id = k.id)
                    or exists (select 1 from complaint x where x.contact_id = k.id)) limit 1""").ifPresent(name -> {
                    throw new RuleViolationException(null, "import.undo.inUse.contact", name);
                });
        restore(batchId);
        jdbc.sql("update import_batch set undone_at = :at, undone_by = :by where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", actor.userId()).param("id", batchId).update();
        events.publishEvent(Audited.of(actor, AuditAction.IMPORT, "import", batchId,
                "{\"undo\":true,\"kind\":\"" + batch.kind() + "\"}", clock.instant()));
    }

    /** The key of a record the import created that something else refers to now, if any. */
    private java.util.Optional<String> usedSince(long batchId, String sql) {
        return jdbc.sql(sql).param("b", batchId).query(String.class).optional();
    }

    private void restore(long batchId) {
        jdbc.sql("create temp table customer_restore on commit drop as select record_id as id, before"
                + " from import_record where batch_id = :b and entity = 'customer' and not created")
                .param("b", batchId).update();
        jdbc.sql("create temp table product_restore on commit drop as select record_id as id, before"
                + " from import_record where batch_id = :b and entity = 'product' and not created")
                .param("b", batchId).update();
        jdbc.sql("create temp table order_restore on commit drop as select record_id as id, before - 'lines' as before,"
                + " nullif(before -> 'lines', 'null'::jsonb) as lines from import_record where batch_id = :b and entity = 'order'"
                + " and not created").param("b", batchId).update();
        // a created contact goes before the one it took "primary" from gets it back (one primary per customer)
        contacts.delete(created(batchId, "contact"));
        jdbc.sql("create temp table contact_restore on commit drop as select record_id as id, before"
                + " from import_record where batch_id = :b and entity = 'contact' and not created")
                .param("b", batchId).update();
        jdbc.sql("create temp table interaction_restore on commit drop as select record_id as id, before"
                + " from import_record where batch_id = :b and entity = 'interaction' and not created")
                .param("b", batchId).update();
        contacts.restore();
        interactions.restore();
        interactions.delete(created(batchId, "interaction"));
        customers.restore();
        activity.restoreProducts();
        activity.restoreOrders();
        activity.deleteOrders(created(batchId, "order"));
        activity.deleteProducts(created(batchId, "product"));
        customers.delete(created(batchId, "customer"));
    }

    private List<Long> created(long batchId, String entity) {
        return jdbc.sql("select record_id from import_record where batch_id = :b and entity = :e and created")
                .param("b", batchId).param("e", entity).query(Long.class).list();
    }
}
