package org.idic.crm.web.complaint;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The next step of a complaint: only the fields of that step are used. */
public class ComplaintStepForm {

    private Long version;
    @Size(max = 2000)
    private String reason;
    @Size(max = 2000)
    private String resolution;
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal compensationCost;
    @Size(max = 2000)
    private String notes;
    @Min(1)
    @Max(5)
    private Integer satisfaction;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public BigDecimal getCompensationCost() {
        return compensationCost;
    }

    public void setCompensationCost(BigDecimal compensationCost) {
        this.compensationCost = compensationCost;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

}
