package org.idic.crm.domain.audit.internal;

import java.sql.Timestamp;
import org.idic.crm.domain.audit.Audited;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The audit_event table: one append-only line per event, written by the audit module alone. */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A change another module made, after its transaction committed (in a transaction of its own). */
    @ApplicationModuleListener
    void on(Audited event) {
        write(event);
    }

    /** Writes one line in the caller's transaction. */
    public void write(Audited event) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, customer_id, details)
                values (:at, :actor, :action, :type, :id, :customer, :details)""")
                .param("at", Timestamp.from(event.occurredAt()))
                .param("actor", clip(event.actor(), 200))
                .param("action", event.action().name())
                .param("type", event.entityType())
                .param("id", event.entityId())
                .param("customer", event.customerId() != null ? event.customerId()
                        : "customer".equals(event.entityType()) ? event.entityId() : null)
                .param("details", event.details())
                .update();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
