package org.idic.crm.web.interaction;

import org.idic.crm.web.form.BusinessDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.activity.Direction;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.InteractionDetails;
import org.idic.crm.domain.activity.InteractionView;
import org.idic.crm.domain.activity.Mood;
import org.idic.crm.domain.activity.Purpose;
import org.springframework.format.annotation.DateTimeFormat;

/** Logging or editing an interaction. */
public class InteractionForm {

    @NotNull
    private InteractionChannel channel = InteractionChannel.PHONE;
    @NotNull
    private Direction direction = Direction.OUTBOUND;
    @NotNull
    private Purpose purpose = Purpose.INFORMATION;
    @NotNull
    @BusinessDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime occurredAt;
    @PositiveOrZero
    @Max(1440)
    private Integer durationMinutes;
    @NotBlank
    @Size(max = 2000)
    private String summary;
    @Size(max = 2000)
    private String outcome;
    private Mood mood;
    private Long contactId;
    @BusinessDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpOn;
    private Long followUpOf;
    private Long version;

    public InteractionChannel getChannel() {
        return channel;
    }

    public void setChannel(InteractionChannel channel) {
        this.channel = channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Mood getMood() {
        return mood;
    }

    public void setMood(Mood mood) {
        this.mood = mood;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public Long getFollowUpOf() {
        return followUpOf;
    }

    public void setFollowUpOf(Long followUpOf) {
        this.followUpOf = followUpOf;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public InteractionDetails toDetails(ZoneId zone) {
        return new InteractionDetails(channel, direction, purpose, occurredAt == null ? null : occurredAt.atZone(zone)
                .toInstant(), durationMinutes, summary, outcome, mood, contactId, followUpOn);
    }

    /** A new interaction happening now. */
    public static InteractionForm now(Clock clock) {
        InteractionForm form = new InteractionForm();
        form.occurredAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return form;
    }

    public static InteractionForm of(InteractionView i, ZoneId zone) {
        InteractionForm form = new InteractionForm();
        form.channel = i.channel();
        form.direction = i.direction();
        form.purpose = i.purpose();
        // to the second: a date-time field takes no more than milliseconds (PostgreSQL keeps microseconds)
        form.occurredAt = LocalDateTime.ofInstant(i.occurredAt(), zone).truncatedTo(ChronoUnit.SECONDS);
        form.durationMinutes = i.durationMinutes();
        form.summary = i.summary();
        form.outcome = i.outcome();
        form.mood = i.mood();
        form.contactId = i.contactId();
        form.followUpOn = i.followUpOn();
        form.version = i.version();
        return form;
    }

    public Map<String, String> comparableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("channel", String.valueOf(channel));
        values.put("direction", String.valueOf(direction));
        values.put("purpose", String.valueOf(purpose));
        values.put("occurredAt", String.valueOf(occurredAt));
        values.put("durationMinutes", durationMinutes == null ? null : durationMinutes.toString());
        values.put("summary", summary);
        values.put("outcome", outcome);
        values.put("mood", mood == null ? null : mood.name());
        values.put("followUpOn", followUpOn == null ? null : followUpOn.toString());
        return values;
    }
}
