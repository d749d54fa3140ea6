package org.idic.crm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.internal.Complaint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintWorkflowTest {

    static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    Long rep;
    Long customer;
    Complaint complaint;

    @BeforeEach
    void receiveOne() {
        rep = 1L;
        customer = 10L;
        complaint = receive(Severity.HIGH);
    }

    Complaint receive(Severity severity) {
        return Complaint.receive(customer, null, new ComplaintDetails(T0, InteractionChannel.PHONE,
                ComplaintCategory.DELIVERY, severity, "Parcel arrived broken", "wants a replacement", null), rep, rep);
    }

    @ParameterizedTest
    @CsvSource({"LOW, 336", "MEDIUM, 168", "HIGH, 72", "CRITICAL, 24"})
    void theDueTimeFollowsFromSeverity(Severity severity, long hours) {
        assertThat(receive(severity).getDueAt()).isEqualTo(T0.plus(Duration.ofHours(hours)));
    }

    @Test
    void aFoundedComplaintGoesThroughAllFourStepsEachRecordedWithWhoAndWhen() {
        complaint.validate(rep, T0.plusSeconds(60));
        complaint.proposeResolution(rep, T0.plusSeconds(120), "Replace the item", new BigDecimal("35.00"));
        complaint.followUpAndClose(rep, T0.plusSeconds(180), "Happy with the replacement", 5);

        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.getReceivedBy()).isEqualTo(rep);
        assertThat(complaint.getAssessedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(complaint.getFounded()).isTrue();
        assertThat(complaint.getResolutionBy()).isEqualTo(rep);
        assertThat(complaint.getCompensationCost()).isEqualByComparingTo("35.00");
        assertThat(complaint.getClosedAt()).isEqualTo(T0.plusSeconds(180));
        assertThat(complaint.getSatisfaction()).isEqualTo(5);
        assertThat(complaint.nextSteps()).isEmpty();
    }

    @Test
    void aRejectedComplaintNeedsAReasonAndIsThenFollowedUpWithoutAResolution() {
        assertThatThrownBy(() -> complaint.reject(rep, T0, "  "))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.reason.required");

        complaint.reject(rep, T0.plusSeconds(60), "Damage happened after delivery");
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.FOLLOW_UP);
        complaint.followUpAndClose(rep, T0.plusSeconds(120), "Explained", 3);

        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.getFounded()).isFalse();
        assertThat(complaint.getResolution()).isNull();
    }

    @Test
    void rejectsComplaintThatSkipsValidation() {
        assertThatThrownBy(() -> complaint.proposeResolution(rep, T0, "Refund", BigDecimal.TEN))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.step.outOfOrder");
        assertThatThrownBy(() -> complaint.followUpAndClose(rep, T0, "", 4))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.step.outOfOrder");
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void aStepCannotBeRepeatedOrUndone() {
        complaint.validate(rep, T0);
        assertThatThrownBy(() -> complaint.validate(rep, T0)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.step.outOfOrder");
        assertThatThrownBy(() -> complaint.reject(rep, T0, "changed my mind"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.step.outOfOrder");

        complaint.proposeResolution(rep, T0, "Refund", BigDecimal.TEN);
        complaint.followUpAndClose(rep, T0, null, 4);
        assertThatThrownBy(() -> complaint.proposeResolution(rep, T0, "Again", BigDecimal.ONE))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.step.outOfOrder");
        assertThatThrownBy(() -> complaint.followUpAndClose(rep, T0, null, 5))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.step.outOfOrder");
        assertThat(complaint.getSatisfaction()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void satisfactionIsAScoreFromOneToFive(int score) {
        complaint.validate(rep, T0);
        complaint.proposeResolution(rep, T0, "Refund", BigDecimal.TEN);

        assertThatThrownBy(() -> complaint.followUpAndClose(rep, T0, null, score))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.satisfaction.range");
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RESOLUTION_PROPOSED);
    }

    @Test
    void compensationCannotBeNegative() {
        complaint.validate(rep, T0);

        assertThatThrownBy(() -> complaint.proposeResolution(rep, T0, "Refund", new BigDecimal("-1")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.compensation.invalid");
    }

    @Test
    void anOpenComplaintPastItsDueTimeIsOverdueAndAClosedOneNeverIs() {
        assertThat(complaint.isOverdue(T0.plus(Duration.ofHours(72)))).isFalse();
        assertThat(complaint.isOverdue(T0.plus(Duration.ofHours(72)).plusSeconds(1))).isTrue();

        complaint.reject(rep, T0, "not founded");
        complaint.followUpAndClose(rep, T0, null, 2);
        assertThat(complaint.isOverdue(T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void onlyTheNextValidStepsAreOffered() {
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.VALIDATE, ComplaintStep.REJECT);
        complaint.validate(rep, T0);
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.PROPOSE_RESOLUTION);
        complaint.proposeResolution(rep, T0, "Refund", BigDecimal.ZERO);
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.FOLLOW_UP);
    }

    @Test
    void stepTimesNeverRunBackwards() {
        complaint.validate(rep, T0.minusSeconds(3600));

        assertThat(complaint.getAssessedAt()).isEqualTo(T0);
    }
}
