package org.idic.crm.domain.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Append-only record of who did what, for the audit log page and for investigations. */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event inside the caller's transaction, so it commits or rolls back with the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String entityType, Long entityId, String details) {
        insert(actor, action, entityType, entityId, details);
    }

    /**
     * Records an event that must survive whatever happens next, such as a refused access attempt
     * whose request is about to fail.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordNow(String actor, AuditAction action, String entityType, Long entityId, String details) {
        insert(actor, action, entityType, entityId, details);
    }

    /** Who last created or changed a record, and when (for "changed by someone else" pages). */
    @Transactional(readOnly = true)
    public java.util.Optional<LastChange> lastChange(String entityType, Long entityId) {
        return jdbc.query("""
                select coalesce(u.display_name, e.actor), e.occurred_at from audit_event e
                left join app_user u on lower(u.username) = lower(e.actor)
                where e.entity_type = ? and e.entity_id = ? and e.action in ('CREATE', 'UPDATE', 'REASSIGN')
                order by e.id desc limit 1""",
                (rs, n) -> new LastChange(rs.getString(1), rs.getTimestamp(2).toInstant()), entityType, entityId)
                .stream().findFirst();
    }

    /** Who changed a record last, and when. */
    public record LastChange(String who, java.time.Instant when) {
    }

    private void insert(String actor, AuditAction action, String entityType, Long entityId, String details) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details) "
                        + "values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), clip(actor, 200), action.name(), entityType, entityId, details);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
