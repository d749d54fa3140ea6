package org.idic.crm.domain.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.idic.crm.domain.audit.internal.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only record of who did what, for the audit log page and for investigations. Changes reach it
 * as {@link Audited} events; what must be recorded although the request fails (a refused attempt, a
 * sign-in) is recorded at once with {@link #recordNow}.
 */
@Service
public class AuditLog {

    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(AuditTrail trail, JdbcClient jdbc, Clock clock) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an event that must survive whatever happens next, such as a refused access attempt
     * whose request is about to fail: in a transaction of its own, committed before this returns.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordNow(String actor, AuditAction action, String entityType, Long entityId, String details) {
        trail.write(new Audited(actor, action, entityType, entityId, details, clock.instant()));
    }

    /** Who last created or changed a record, and when (for "changed by someone else" pages). */
    @Transactional(readOnly = true)
    public Optional<LastChange> lastChange(String entityType, Long entityId) {
        // the display name from app_user (published for reading), so that the audit module, at the bottom
        // of the kernel, depends on no other module's types
        return jdbc.sql("""
                select coalesce(u.display_name, a.actor), a.occurred_at
                from (select actor, occurred_at from audit_event
                      where entity_type = :type and entity_id = :id and action in ('CREATE', 'UPDATE', 'REASSIGN')
                      order by id desc limit 1) a
                left join app_user u on lower(u.username) = lower(a.actor)""")
                .param("type", entityType).param("id", entityId)
                .query((rs, n) -> new LastChange(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Who changed a record last (their display name, else the name they signed in with), and when. */
    public record LastChange(String who, Instant when) {
    }
}
