package org.idic.crm.domain.activity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.ComplaintCategory;
import org.idic.crm.domain.activity.ComplaintDetails;
import org.idic.crm.domain.activity.ComplaintStatus;
import org.idic.crm.domain.activity.ComplaintStep;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.domain.customer.ContactView;
import org.idic.crm.domain.support.BaseEntity;
import org.idic.crm.domain.support.Text;

/**
 * A customer complaint (客户投诉) taken through four steps, each recorded with who took it and when.
 * The entity keeps the process: no step can be skipped, repeated or undone.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends BaseEntity {

    /** The customer and the contact who complained (ids: they are the customer module's). */
    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;
    @Column(name = "contact_id")
    private Long contactId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InteractionChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;
    @Column(nullable = false, length = 4000)
    private String description;
    /** The user who handles it: the customer's owner (user ids here, never the user module's entity). */
    @Column(name = "handler_id", nullable = false)
    private Long handlerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Column(name = "received_by", nullable = false, updatable = false)
    private Long receivedBy;
    @Column(name = "key_points", length = 2000)
    private String keyPoints;

    @Column(name = "assessed_at")
    private Instant assessedAt;
    @Column(name = "assessed_by")
    private Long assessedBy;
    private Boolean founded;
    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Column(name = "resolution_at")
    private Instant resolutionAt;
    @Column(name = "resolution_by")
    private Long resolutionBy;
    @Column(length = 2000)
    private String resolution;
    @Column(name = "compensation_cost", precision = 12, scale = 2)
    private BigDecimal compensationCost;

    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private Long closedBy;
    @Column(name = "follow_up_notes", length = 2000)
    private String followUpNotes;
    private Integer satisfaction;

    protected Complaint() {
    }

    /** Step 1: the complaint is received and the customer heard. Due by the severity's time to close. */
    public static Complaint receive(Long customerId, ContactView contact, ComplaintDetails d, Long receivedBy,
            Long handler) {
        Complaint c = new Complaint();
        c.customerId = Objects.requireNonNull(customerId);
        if (contact != null && !contact.customerId().equals(customerId)) {
            throw new RuleViolationException("contactId", "complaint.contact.unknown");
        }
        if (d.receivedAt() == null || d.channel() == null || d.category() == null || d.severity() == null) {
            throw new RuleViolationException(null, "complaint.incomplete");
        }
        c.description = Text.clean(d.description());
        if (c.description == null) {
            throw new RuleViolationException("description", "complaint.description.required");
        }
        c.contactId = contact == null ? null : contact.id();
        c.channel = d.channel();
        c.category = d.category();
        c.severity = d.severity();
        c.keyPoints = Text.clean(d.keyPoints());
        c.receivedAt = d.receivedAt();
        c.receivedBy = Objects.requireNonNull(receivedBy);
        c.handlerId = Objects.requireNonNull(handler);
        c.dueAt = d.receivedAt().plus(d.severity().timeToClose());
        c.status = ComplaintStatus.RECEIVED;
        return c;
    }

    /** Step 2: the complaint is founded. */
    public void validate(Long by, Instant at) {
        expect(ComplaintStep.VALIDATE);
        assessed(by, at, true);
        status = ComplaintStatus.VALIDATED;
    }

    /** Step 2: the complaint is not founded, for this reason (which the customer is told). */
    public void reject(Long by, Instant at, String reason) {
        expect(ComplaintStep.REJECT);
        if (Text.clean(reason) == null) {
            throw new RuleViolationException("reason", "complaint.reason.required");
        }
        rejectionReason = Text.clean(reason);
        assessed(by, at, false);
        status = ComplaintStatus.REJECTED;
    }

    /** Step 3: what we offer to put it right, and what that costs us (it counts as cost-to-serve). */
    public void proposeResolution(Long by, Instant at, String offer, BigDecimal cost) {
        expect(ComplaintStep.PROPOSE_RESOLUTION);
        if (cost == null || cost.signum() < 0) {
            throw new RuleViolationException("compensationCost", "complaint.compensation.invalid");
        }
        if (Text.clean(offer) == null) {
            throw new RuleViolationException("resolution", "complaint.resolution.required");
        }
        resolution = Text.clean(offer);
        compensationCost = cost;
        resolutionBy = Objects.requireNonNull(by);
        resolutionAt = notBefore(at, assessedAt);
        status = ComplaintStatus.RESOLUTION_PROPOSED;
    }

    /** Step 4: the customer was contacted afterwards; their satisfaction (1–5) is recorded and it is closed. */
    public void followUpAndClose(Long by, Instant at, String notes, Integer customerSatisfaction) {
        expect(ComplaintStep.FOLLOW_UP);
        if (customerSatisfaction == null || customerSatisfaction < 1 || customerSatisfaction > 5) {
            throw new RuleViolationException("satisfaction", "complaint.satisfaction.range");
        }
        followUpNotes = Text.clean(notes);
        satisfaction = customerSatisfaction;
        closedBy = Objects.requireNonNull(by);
        closedAt = notBefore(at, resolutionAt != null ? resolutionAt : assessedAt);
        status = ComplaintStatus.CLOSED;
    }

    /** Open past its due time. */
    public boolean isOverdue(Instant now) {
        return status != ComplaintStatus.CLOSED && now.isAfter(dueAt);
    }

    public List<ComplaintStep> nextSteps() {
        return status.nextSteps();
    }

    private void expect(ComplaintStep step) {
        if (!status.nextSteps().contains(step)) {
            throw new RuleViolationException(null, "complaint.step.outOfOrder");
        }
    }

    private void assessed(Long by, Instant at, boolean isFounded) {
        assessedBy = Objects.requireNonNull(by);
        assessedAt = notBefore(at, receivedAt);
        founded = isFounded;
    }

    private static Instant notBefore(Instant at, Instant previous) {
        Objects.requireNonNull(at);
        return previous != null && at.isBefore(previous) ? previous : at;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public InteractionChannel getChannel() {
        return channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Long getReceivedBy() {
        return receivedBy;
    }

    public String getKeyPoints() {
        return keyPoints;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public Long getAssessedBy() {
        return assessedBy;
    }

    public Boolean getFounded() {
        return founded;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getResolutionAt() {
        return resolutionAt;
    }

    public Long getResolutionBy() {
        return resolutionBy;
    }

    public String getResolution() {
        return resolution;
    }

    public BigDecimal getCompensationCost() {
        return compensationCost;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    public String getFollowUpNotes() {
        return followUpNotes;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    /** The fields the audit trail records, old and new, at every step. */
    public java.util.Map<String, Object> auditValues() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("status", status);
        values.put("channel", channel);
        values.put("category", category);
        values.put("severity", severity);
        values.put("description", description);
        values.put("handlerId", handlerId);
        values.put("dueAt", dueAt);
        values.put("keyPoints", keyPoints);
        values.put("founded", founded);
        values.put("rejectionReason", rejectionReason);
        values.put("resolution", resolution);
        values.put("compensationCost", compensationCost);
        values.put("followUpNotes", followUpNotes);
        values.put("satisfaction", satisfaction);
        return values;
    }
}
