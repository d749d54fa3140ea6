package org.idic.crm.domain.activity.internal;

import java.time.Clock;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.Books;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open complaints a leaver handles on customers they do not own (those of their own customers went with
 * the customers): they go to the successor too, so nothing stays with a disabled user.
 */
@Component
@Order(2)
@Transactional
class ComplaintBooks implements Books {

    private final ComplaintRepository complaints;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintBooks(ComplaintRepository complaints, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long heldBy(Long userId) {
        return complaints.countOpenHandledBy(userId);
    }

    @Override
    public void handOver(Actor actor, Long userId, Long successorId) {
        int moved = complaints.handOverOpenComplaintsOf(userId, successorId);
        if (moved > 0) {
            events.publishEvent(Audited.of(actor, AuditAction.REASSIGN, "user", userId,
                    Changes.between(Map.of("openComplaints", userId), Map.of("openComplaints", successorId)),
                    clock.instant()));
        }
    }
}
