package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an order allows at each stage (R-I9..R-I11), and how entry lateness is counted (R-I7). */
class OrderRulesTest {

    static Order order(OrderStatus status) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.orderNumber = "SO-1";
        order.revision = 1;
        order.status = status;
        order.addLine("A", "Mug", null, 2, new BigDecimal("5.00"));
        return order;
    }

    @Test
    void cancellationUntilShipped() {
        assertThat(order(OrderStatus.PICKED).cancelRefusal()).isEmpty();
        assertThat(order(OrderStatus.SHIPPED).cancelRefusal()).get().asString().startsWith("SHIPPED");
        assertThat(order(OrderStatus.CANCELLED).cancelRefusal())
                .get()
                .asString()
                .startsWith("CANCELLED");
    }

    @Test
    void amendmentsByStage() {
        assertThat(order(OrderStatus.APPROVED).lineChangeRefusal()).isEmpty();
        assertThat(order(OrderStatus.PICKED).lineChangeRefusal()).isPresent();
        assertThat(order(OrderStatus.PICKED).contactChangeRefusal()).isEmpty();
        assertThat(order(OrderStatus.SHIPPED).contactChangeRefusal()).isPresent();
        assertThat(order(OrderStatus.CANCELLED).contactChangeRefusal()).isPresent();
    }

    @Test
    void noEventMovesACancelledOrderAndOlderRevisionsAreIgnored() {
        Order cancelled = order(OrderStatus.CANCELLED);
        assertThat(cancelled.advance(OrderStatus.SHIPPED, null, Instant.EPOCH, "s", "d"))
                .isPresent();
        assertThat(cancelled.status).isEqualTo(OrderStatus.CANCELLED);
        Order corrected = order(OrderStatus.REJECTED);
        corrected.resubmit();
        assertThat(corrected.revision).isEqualTo(2);
        assertThat(corrected.advance(OrderStatus.APPROVED, 1, Instant.EPOCH, "r", "d"))
                .isEmpty();
        assertThat(corrected.status).isEqualTo(OrderStatus.RECEIVED);
    }

    @Test
    void anOlderPlatformUpdateIsStaleTheSameTimeIsNot() {
        Order order = order(OrderStatus.APPROVED);
        Instant t = Instant.parse("2026-11-27T11:00:00Z");
        assertThat(order.stalePlatformUpdate(t)).isFalse();
        order.platformUpdated(t);
        assertThat(order.stalePlatformUpdate(t)).isFalse();
        assertThat(order.stalePlatformUpdate(t.minusSeconds(1))).isTrue();
        assertThat(order.stalePlatformUpdate(null))
                .as("a refund or deletion has no time")
                .isFalse();
        order.platformUpdated(t.minusSeconds(60));
        assertThat(order.platformUpdatedAt).as("the newest is kept").isEqualTo(t);
    }

    @Test
    void personalDataIsErasedOnlyFromAFinishedOrder() {
        assertThat(order(OrderStatus.PICKED).redactRefusal()).get().asString().startsWith("PICKED");
        Order shipped = order(OrderStatus.SHIPPED);
        assertThat(shipped.redactRefusal()).isEmpty();
        shipped.customer.name = "Inês Costa";
        shipped.customer.email = "ines@example.com";
        shipped.customer.emailHash = "h";
        shipped.shipTo.line1 = "Rua Garrett 19";
        shipped.shipTo.postalCode = "1200-203";
        shipped.shipTo.country = "PT";
        shipped.giftNote = "Parabéns, Rita!";
        shipped.redact();
        assertThat(shipped.redacted()).isTrue();
        assertThat(shipped.customer.email).isNull();
        assertThat(shipped.customer.emailHash).isNull();
        assertThat(shipped.shipTo.line1).isEqualTo(Order.REDACTED);
        assertThat(shipped.shipTo.postalCode).isEqualTo(Order.REDACTED);
        assertThat(shipped.shipTo.country).isEqualTo("PT");
        assertThat(shipped.giftNote).isNull();
        assertThat(shipped.lines).hasSize(1);
    }

    @Test
    void entryLatenessInWholeMinutesRoundedUp() {
        EntryRequest request = new EntryRequest();
        request.deadline = Instant.parse("2026-11-27T10:30:00Z");
        request.enter(UUID.randomUUID(), "clerk", Instant.parse("2026-11-27T10:29:00Z"));
        assertThat(request.late).isFalse();
        assertThat(request.lateMinutes).isZero();
        request.enter(UUID.randomUUID(), "clerk", Instant.parse("2026-11-27T10:42:01Z"));
        assertThat(request.late).isTrue();
        assertThat(request.lateMinutes).isEqualTo(13);
    }
}
