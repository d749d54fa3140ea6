package org.idic.crm.domain.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.activity.internal.Complaint;

/** A complaint and its steps as pages show it. */
public record ComplaintView(Long id, Long customerId, String customerName, String contactName,
        InteractionChannel channel, ComplaintCategory category, Severity severity, String description,
        String handlerName, ComplaintStatus status, Instant dueAt, boolean overdue, Instant receivedAt,
        String receivedBy, String keyPoints, Instant assessedAt, String assessedBy, Boolean founded,
        String rejectionReason, Instant resolutionAt, String resolutionBy, String resolution,
        BigDecimal compensationCost, Instant closedAt, String closedBy, String followUpNotes, Integer satisfaction,
        List<ComplaintStep> nextSteps, long version) {

    /** The complaint as of {@code now}, with the display names of the users who took its steps. */
    static ComplaintView of(Complaint c, Instant now, String customerName, String contactName,
            Map<Long, String> names) {
        return new ComplaintView(c.getId(), c.getCustomerId(), customerName, contactName, c.getChannel(),
                c.getCategory(), c.getSeverity(), c.getDescription(), names.get(c.getHandlerId()), c.getStatus(),
                c.getDueAt(), c.isOverdue(now), c.getReceivedAt(), names.get(c.getReceivedBy()), c.getKeyPoints(),
                c.getAssessedAt(), names.get(c.getAssessedBy()), c.getFounded(), c.getRejectionReason(),
                c.getResolutionAt(), names.get(c.getResolutionBy()), c.getResolution(), c.getCompensationCost(),
                c.getClosedAt(), names.get(c.getClosedBy()), c.getFollowUpNotes(), c.getSatisfaction(), c.nextSteps(),
                c.getVersion());
    }
}
