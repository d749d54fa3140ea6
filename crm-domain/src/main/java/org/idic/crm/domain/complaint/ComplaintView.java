package org.idic.crm.domain.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.interaction.InteractionChannel;
import org.idic.crm.domain.user.AppUser;

/** A complaint and its steps as pages show it. */
public record ComplaintView(Long id, Long customerId, String customerName, String contactName,
        InteractionChannel channel, ComplaintCategory category, Severity severity, String description,
        String handlerName, ComplaintStatus status, Instant dueAt, boolean overdue, Instant receivedAt,
        String receivedBy, String keyPoints, Instant assessedAt, String assessedBy, Boolean founded,
        String rejectionReason, Instant resolutionAt, String resolutionBy, String resolution,
        BigDecimal compensationCost, Instant closedAt, String closedBy, String followUpNotes, Integer satisfaction,
        List<ComplaintStep> nextSteps, long version) {

    static ComplaintView of(Complaint c, Instant now) {
        return new ComplaintView(c.getId(), c.getCustomer().getId(), c.getCustomer().getName(),
                c.getContact() == null ? null : c.getContact().getName(), c.getChannel(), c.getCategory(),
                c.getSeverity(), c.getDescription(), name(c.getHandler()), c.getStatus(), c.getDueAt(),
                c.isOverdue(now), c.getReceivedAt(), name(c.getReceivedBy()), c.getKeyPoints(), c.getAssessedAt(),
                name(c.getAssessedBy()), c.getFounded(), c.getRejectionReason(), c.getResolutionAt(),
                name(c.getResolutionBy()), c.getResolution(), c.getCompensationCost(), c.getClosedAt(),
                name(c.getClosedBy()), c.getFollowUpNotes(), c.getSatisfaction(), c.nextSteps(), c.getVersion());
    }

    private static String name(AppUser user) {
        return user == null ? null : user.getDisplayName();
    }
}
