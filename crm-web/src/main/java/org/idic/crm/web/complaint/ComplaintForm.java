package org.idic.crm.web.complaint;

import org.idic.crm.web.form.BusinessDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.idic.crm.domain.activity.ComplaintCategory;
import org.idic.crm.domain.activity.ComplaintDetails;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.Severity;
import org.springframework.format.annotation.DateTimeFormat;

/** Receiving a complaint (step 1). */
public class ComplaintForm {

    @NotNull
    @BusinessDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime receivedAt;
    @NotNull
    private InteractionChannel channel = InteractionChannel.PHONE;
    @NotNull
    private ComplaintCategory category;
    @NotNull
    private Severity severity = Severity.MEDIUM;
    @NotBlank
    @Size(max = 4000)
    private String description;
    @Size(max = 2000)
    private String keyPoints;
    private Long contactId;

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public InteractionChannel getChannel() {
        return channel;
    }

    public void setChannel(InteractionChannel channel) {
        this.channel = channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeyPoints() {
        return keyPoints;
    }

    public void setKeyPoints(String keyPoints) {
        this.keyPoints = keyPoints;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public ComplaintDetails toDetails(ZoneId zone) {
        return new ComplaintDetails(receivedAt == null ? null : receivedAt.atZone(zone).toInstant(), channel, category,
                severity, description, keyPoints, contactId);
    }

    public static ComplaintForm now(Clock clock) {
        ComplaintForm form = new ComplaintForm();
        form.receivedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return form;
    }
}
