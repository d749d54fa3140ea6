package org.idic.crm.domain.activity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.Direction;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.InteractionDetails;
import org.idic.crm.domain.activity.Mood;
import org.idic.crm.domain.activity.Purpose;
import org.idic.crm.domain.customer.ContactView;
import org.idic.crm.domain.support.BaseEntity;
import org.idic.crm.domain.support.Text;

/** One contact with a customer (客户互动), and the follow-up it calls for, if any. */
@Entity
@Table(name = "interaction")
public class Interaction extends BaseEntity {

    /** The customer (an id: customers are the customer module's). */
    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;
    @Column(name = "contact_id")
    private Long contactId;
    /** Who had the interaction (a user's id). */
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InteractionChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Purpose purpose;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Column(nullable = false, length = 2000)
    private String summary;
    @Column(length = 2000)
    private String outcome;
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Mood mood;
    @Column(name = "follow_up_on")
    private LocalDate followUpOn;
    @Column(name = "follow_up_done", nullable = false)
    private boolean followUpDone;
    @Column(name = "follow_up_done_at")
    private Instant followUpDoneAt;

    protected Interaction() {
    }

    public Interaction(Long customerId, Long userId, InteractionDetails details, ContactView contact, ZoneId zone) {
        this.customerId = Objects.requireNonNull(customerId);
        this.userId = Objects.requireNonNull(userId);
        update(details, contact, zone);
    }

    /** Replaces what was recorded; {@code newContact} is a contact of the customer, or null. */
    public void update(InteractionDetails d, ContactView newContact, ZoneId zone) {
        if (d.channel() == null || d.direction() == null || d.purpose() == null || d.occurredAt() == null) {
            throw new RuleViolationException(null, "interaction.incomplete");
        }
        String cleanSummary = Text.clean(d.summary());
        if (cleanSummary == null) {
            throw new RuleViolationException("summary", "interaction.summary.required");
        }
        if (d.durationMinutes() != null && d.durationMinutes() < 0) {
            throw new RuleViolationException("durationMinutes", "interaction.duration.negative");
        }
        if (d.followUpOn() != null && d.followUpOn().isBefore(LocalDate.ofInstant(d.occurredAt(), zone))) {
            throw new RuleViolationException("followUpOn", "interaction.followUp.beforeInteraction");
        }
        if (newContact != null && !newContact.customerId().equals(customerId)) {
            throw new RuleViolationException("contactId", "interaction.contact.otherCustomer");
        }
        this.channel = d.channel();
        this.direction = d.direction();
        this.purpose = d.purpose();
        this.occurredAt = d.occurredAt();
        this.durationMinutes = d.durationMinutes();
        this.summary = cleanSummary;
        this.outcome = Text.clean(d.outcome());
        this.mood = d.mood();
        this.contactId = newContact == null ? null : newContact.id();
        if (!Objects.equals(followUpOn, d.followUpOn())) {
            this.followUpOn = d.followUpOn();
            this.followUpDone = false;
            this.followUpDoneAt = null;
        }
    }

    /** The follow-up was done. Doing it twice changes nothing. */
    public void completeFollowUp(Instant when) {
        if (followUpOn == null) {
            throw new RuleViolationException(null, "interaction.followUp.none");
        }
        if (!followUpDone) {
            followUpDone = true;
            followUpDoneAt = when;
        }
    }

    /** The recorded values by field name, for the audit trail (the contact as its id: the service names it). */
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("channel", channel);
        values.put("direction", direction);
        values.put("purpose", purpose);
        values.put("occurredAt", occurredAt);
        values.put("durationMinutes", durationMinutes);
        values.put("summary", summary);
        values.put("outcome", outcome);
        values.put("mood", mood);
        values.put("contact", contactId);
        values.put("followUpOn", followUpOn);
        values.put("followUpDone", followUpDone);
        return values;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getUserId() {
        return userId;
    }

    public InteractionChannel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getSummary() {
        return summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public Mood getMood() {
        return mood;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public boolean isFollowUpDone() {
        return followUpDone;
    }

    public Instant getFollowUpDoneAt() {
        return followUpDoneAt;
    }
}
