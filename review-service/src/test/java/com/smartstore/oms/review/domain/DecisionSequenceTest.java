package com.smartstore.oms.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Review's decisions carry their number; everything else is left as it is (docs/ORDER-LIFECYCLE.md). */
class DecisionSequenceTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID REVIEW = UUID.randomUUID();
    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anApprovalIsNumberedAndKeepsEverythingElse() {
        OrderApproved approved = new OrderApproved(
                ORDER,
                "SO-1",
                2,
                REVIEW,
                true,
                "auto",
                List.of(new LineQuantity("SKU", 2)),
                LocalDate.of(2026, 12, 9),
                T);

        OrderApproved numbered = (OrderApproved) DecisionSequence.numbered(approved, 7);

        assertThat(numbered)
                .isEqualTo(new OrderApproved(
                        ORDER,
                        "SO-1",
                        2,
                        REVIEW,
                        true,
                        "auto",
                        List.of(new LineQuantity("SKU", 2)),
                        LocalDate.of(2026, 12, 9),
                        T,
                        7L));
        assertThat(DecisionSequence.isDecision(approved)).isTrue();
    }

    @Test
    void aHoldAndARejectionAreNumbered() {
        OrderHeld held =
                new OrderHeld(ORDER, "SO-1", 1, REVIEW, List.of(new OrderHeld.RuleFailure("price", "differs")), T);
        OrderRejected rejected = new OrderRejected(ORDER, "SO-1", 1, REVIEW, "FRAUD", "stolen card", "reviewer", T);

        assertThat(DecisionSequence.numbered(held, 3))
                .isEqualTo(new OrderHeld(ORDER, "SO-1", 1, REVIEW, held.failedRules(), T, 3L));
        assertThat(DecisionSequence.numbered(rejected, 4))
                .isEqualTo(new OrderRejected(ORDER, "SO-1", 1, REVIEW, "FRAUD", "stolen card", "reviewer", T, 4L));
        assertThat(DecisionSequence.isDecision(held)).isTrue();
        assertThat(DecisionSequence.isDecision(rejected)).isTrue();
    }

    @Test
    void anyOtherEventIsNoDecisionAndStaysAsItIs() {
        OrderCancelled cancelled =
                new OrderCancelled(ORDER, "SO-1", "RECEIVED", "changed mind", "customer-service", T, UUID.randomUUID());

        assertThat(DecisionSequence.isDecision(cancelled)).isFalse();
        assertThat(DecisionSequence.numbered(cancelled, 9)).isSameAs(cancelled);
    }
}
