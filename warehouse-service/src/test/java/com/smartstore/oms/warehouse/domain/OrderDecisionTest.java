package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.warehouse.domain.OrderDecision.Kind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The newest decision by sequence wins, whatever order the three topics deliver them in (issue 17 case 1). */
class OrderDecisionTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aNewerDecisionReplacesAnOlderOneAndAnOlderOrEqualOneChangesNothing() {
        OrderDecision decision = OrderDecision.first(UUID.randomUUID(), "SO-1");

        assertThat(decision.decide(Kind.APPROVED, 1L, 1, null, AT)).isTrue();
        assertThat(decision.decide(Kind.HELD, 3L, 2, "stock: only 1 left", AT)).isTrue();
        assertThat(decision.decide(Kind.APPROVED, 2L, 2, null, AT)).isFalse();
        assertThat(decision.decide(Kind.HELD, 3L, 2, "again", AT)).isFalse();

        assertThat(decision.decision).isEqualTo(Kind.HELD);
        assertThat(decision.reason).isEqualTo("stock: only 1 left");
        assertThat(decision.stopsFulfilment()).isTrue();
        // The late approval of revision 2 still counts as an approval of its lines (amendments stop waiting).
        assertThat(decision.approvedRevision).isEqualTo(2);

        assertThat(decision.decide(Kind.APPROVED, 4L, 2, null, AT)).isTrue();
        assertThat(decision.stopsFulfilment()).isFalse();
        assertThat(decision.reason).isNull();
    }

    @Test
    void noSequenceCountsAsZero() {
        OrderDecision decision = OrderDecision.first(UUID.randomUUID(), "SO-2");

        assertThat(decision.decide(Kind.APPROVED, null, 1, null, AT)).isTrue();
        assertThat(decision.decide(Kind.REJECTED, 1L, 1, "fraud", AT)).isTrue();
        assertThat(decision.decide(Kind.APPROVED, null, 1, null, AT)).isFalse();
        assertThat(decision.rejected()).isTrue();
    }

    @Test
    void aHoldOrARejectionRefusesPickingAndPackingWithItsReason() {
        OrderDecision decision = OrderDecision.first(UUID.randomUUID(), "SO-3");
        decision.decide(Kind.HELD, 2L, 1, "payment: the card payment failed", AT);

        assertThatThrownBy(() -> decision.requireFulfilment("picked"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("SO-3 is on hold")
                .hasMessageContaining("the card payment failed")
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("order-on-hold");

        decision.decide(Kind.REJECTED, 3L, 1, "stolen card", AT);
        assertThatThrownBy(() -> decision.requireFulfilment("packed"))
                .hasMessageContaining("stolen card")
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("order-rejected");
    }
}
