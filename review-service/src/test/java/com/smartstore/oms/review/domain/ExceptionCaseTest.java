package com.smartstore.oms.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExceptionCaseTest {
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aDetectionKeepsItsIdThroughEveryStep() {
        OrderException detected = OrderException.detected(
                UUID.randomUUID(),
                "SO-1",
                ExceptionType.PAYMENT,
                Severity.HIGH,
                "DUPLICATE_PAYMENT",
                "Paid twice",
                Map.of("paid", "50.00"),
                "order-intake-service",
                T0);
        ExceptionCase c = ExceptionCase.fromDetection(detected);

        ExceptionCase.Step opened = c.open(detected.actor(), T0);
        ExceptionCase.Step assigned = c.assign("manager", assignment("reviewer", T0.plusSeconds(3600)), T0);
        ExceptionCase.Step resolved = c.resolve(
                "finance",
                true,
                new ExceptionCase.Resolution("Second charge refunded", Remedy.REFUND, "Refund 50.00", null),
                T0);

        assertThat(opened.event().stage()).isEqualTo(ExceptionStage.OPENED);
        assertThat(opened.event().exceptionId()).isEqualTo(detected.exceptionId());
        assertThat(opened.event().caseId()).isEqualTo(c.id);
        assertThat(opened.event().details()).containsEntry("paid", "50.00");
        assertThat(assigned.event().owner()).isEqualTo("reviewer");
        assertThat(assigned.entry().detail).contains("assigned to reviewer");
        assertThat(resolved.event().remedy()).isEqualTo(Remedy.REFUND);
        assertThat(resolved.entry().actor).isEqualTo("finance");
        assertThat(resolved.entry().detail).contains("finance action: Refund 50.00");
        assertThat(c.status).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        ExceptionCase c = flagged(ExceptionType.DATA_ERROR);

        assertRefused(() -> c.close("customer-service", true, 5, T0), Refusal.Kind.CONFLICT, "case-not-resolved");
        assertRefused(
                () -> c.resolve("x", false, new ExceptionCase.Resolution("r", Remedy.NONE, null, null), T0),
                Refusal.Kind.CONFLICT,
                "case-not-assigned");
        assertRefused(() -> c.assign("manager", assignment("x", T0), T0), Refusal.Kind.INVALID, "deadline-passed");
    }

    @Test
    void onlyTheOwnerOrFinanceOnPaymentCasesResolve() {
        ExceptionCase data = flagged(ExceptionType.DATA_ERROR);
        data.assign("manager", assignment("shipping", T0.plusSeconds(60)), T0);
        ExceptionCase.Resolution none = new ExceptionCase.Resolution("done", Remedy.NONE, "x", null);

        assertRefused(() -> data.resolve("finance", true, none, T0), Refusal.Kind.FORBIDDEN, "not-case-owner");
        assertThat(data.resolve("shipping", false, none, T0).event().stage()).isEqualTo(ExceptionStage.RESOLVED);
    }

    @Test
    void logisticsCasesThatRefundOrResendNameTheCarrierClaim() {
        ExceptionCase c = flagged(ExceptionType.LOGISTICS);
        c.assign("manager", assignment("shipping", T0.plusSeconds(60)), T0);

        assertRefused(
                () -> c.resolve("shipping", false, new ExceptionCase.Resolution("lost", Remedy.RESEND, null, " "), T0),
                Refusal.Kind.INVALID,
                "carrier-claim-required");
        assertThat(c.resolve(
                                "shipping",
                                false,
                                new ExceptionCase.Resolution("late", Remedy.EXPLANATION, null, null),
                                T0)
                        .event()
                        .remedy())
                .isEqualTo(Remedy.EXPLANATION);
    }

    @Test
    void complaintsNeedADepartmentAndClosingNeedsTheCustomerInformed() {
        assertRefused(
                () -> ExceptionCase.flagged(new ExceptionCase.Flag(
                        UUID.randomUUID(), null, ExceptionType.COMPLAINT, Severity.LOW, "rude driver", " ")),
                Refusal.Kind.INVALID,
                "department-required");
        ExceptionCase c = flagged(ExceptionType.DATA_ERROR);
        c.assign("manager", assignment("reviewer", T0.plusSeconds(60)), T0);
        c.resolve("reviewer", false, new ExceptionCase.Resolution("fixed", Remedy.NONE, null, null), T0);

        assertRefused(() -> c.close("cs", false, 3, T0), Refusal.Kind.INVALID, "customer-not-informed");
        assertRefused(() -> c.close("cs", true, 0, T0), Refusal.Kind.INVALID, "bad-satisfaction");
        ExceptionCase.Step closed = c.close("cs", true, 1, T0);
        assertThat(closed.event().satisfaction()).isEqualTo(1);
        assertThat(c.status).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void anOverdueAssignedCaseEscalatesOnceAndReassigningRestartsTheClock() {
        ExceptionCase c = flagged(ExceptionType.LOGISTICS);
        Instant deadline = T0.plus(Duration.ofHours(1));
        c.assign("manager", assignment("shipping", deadline), T0);

        assertThat(c.escalate("review-service", deadline)).isNull();
        ExceptionCase.Escalation escalation = c.escalate("review-service", deadline.plusSeconds(1));
        assertThat(escalation.breach().kind()).isEqualTo(SlaKind.EXCEPTION_CASE);
        assertThat(escalation.breach().owner()).isEqualTo("shipping");
        assertThat(escalation.step().event().stage()).isEqualTo(ExceptionStage.ESCALATED);
        assertThat(c.escalate("review-service", deadline.plusSeconds(2))).isNull();

        c.assign("manager", assignment("after-sales", deadline.plusSeconds(3600)), deadline.plusSeconds(5));
        assertThat(c.escalatedAt).isNull();
        assertThat(c.escalate("review-service", deadline.plusSeconds(3601))).isNotNull();
    }

    private static ExceptionCase flagged(ExceptionType type) {
        ExceptionCase c = ExceptionCase.flagged(
                new ExceptionCase.Flag(UUID.randomUUID(), "SO-2", type, Severity.MEDIUM, "something wrong", "sales"));
        c.open("customer-service", T0);
        return c;
    }

    private static ExceptionCase.Assignment assignment(String owner, Instant deadline) {
        return new ExceptionCase.Assignment(owner, "plan", deadline);
    }

    private static void assertRefused(Runnable action, Refusal.Kind kind, String error) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.code()).isEqualTo(error);
        });
    }
}
