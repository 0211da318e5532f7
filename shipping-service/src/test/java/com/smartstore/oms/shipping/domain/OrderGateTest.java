package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.shipping.domain.OrderGate.Decision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order's gate without Quarkus: newest decision by sequence, and the answer to a cancel request. */
class OrderGateTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theNewestDecisionBySequenceWinsWhateverTheArrivalOrder() {
        OrderGate gate = gate();
        assertThat(gate.decide(Decision.HELD, 2L, "payment failed", T0)).isTrue();
        assertThat(gate.decide(Decision.APPROVED, 1L, "approved", T0)).isFalse();
        assertThat(gate.decision).isEqualTo(Decision.HELD);
        assertThatThrownBy(() -> gate.checkDispatch("SO-1"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("order-on-hold"))
                .hasMessageContaining("payment failed");

        assertThat(gate.decide(Decision.APPROVED, 3L, "approved again", T0)).isTrue();
        assertThatCode(() -> gate.checkDispatch("SO-1")).doesNotThrowAnyException();

        assertThat(gate.decide(Decision.REJECTED, 4L, "blacklisted", T0)).isTrue();
        assertThatThrownBy(() -> gate.checkDispatch("SO-1"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("order-rejected"));
    }

    @Test
    void decisionsWithoutASequenceCountAsZeroAndFollowArrivalOrder() {
        OrderGate gate = gate();
        assertThat(gate.decide(Decision.HELD, null, "held", T0)).isTrue();
        assertThat(gate.decide(Decision.APPROVED, null, "approved", T0)).isTrue();
        assertThat(gate.decide(Decision.HELD, 5L, "held", T0)).isTrue();
        assertThat(gate.decide(Decision.APPROVED, null, "old approval", T0)).isFalse();
    }

    @Test
    void noDecisionOnRecordDoesNotStopDispatch() {
        assertThatCode(() -> gate().checkDispatch("SO-1")).doesNotThrowAnyException();
    }

    @Test
    void aRequestWithNoParcelGoneCancelsTheOrderAndItsWaitingShipments() {
        OrderGate gate = gate();
        Shipment waiting = shipment();
        UUID requestId = UUID.randomUUID();

        OrderCancelled confirmed = (OrderCancelled) gate.answer(request(requestId), List.of(waiting), T0);

        assertThat(confirmed.requestId()).isEqualTo(requestId);
        assertThat(confirmed.statusAtCancellation()).isEqualTo("APPROVED");
        assertThat(confirmed.cancelledBy()).isEqualTo("customer-service");
        assertThat(confirmed.cancelledAt()).isEqualTo(T0);
        assertThat(waiting.status).isEqualTo(ShipmentStatus.CANCELLED);
        assertThatThrownBy(() -> gate.checkDispatch("SO-1"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("order-cancelled"));

        // A second request gets its own answer, reporting the cancellation that happened.
        UUID second = UUID.randomUUID();
        OrderCancelled again = (OrderCancelled) gate.answer(request(second), List.of(waiting), T0.plusSeconds(60));
        assertThat(again.requestId()).isEqualTo(second);
        assertThat(again.cancelledAt()).isEqualTo(T0);

        Shipment packedLater = shipment();
        gate.stopIfCancelled(packedLater);
        assertThat(packedLater.status).isEqualTo(ShipmentStatus.CANCELLED);
    }

    @Test
    void aRequestAfterAParcelLeftIsRefusedAndChangesNothing() {
        OrderGate gate = gate();
        Shipment gone = shipment();
        gone.fillFrom(order());
        gone.dispatch("CTT", "RR1PT", null, "shipping", T0, null, 1);
        Shipment waiting = shipment();

        OrderCancelRefused refused =
                (OrderCancelRefused) gate.answer(request(UUID.randomUUID()), List.of(gone, waiting), T0);

        assertThat(refused.code()).isEqualTo(OrderGate.ALREADY_SHIPPED);
        assertThat(refused.reason()).contains("CTT", "RR1PT");
        assertThat(gate.cancelled()).isFalse();
        assertThat(waiting.status).isEqualTo(ShipmentStatus.WAITING_DISPATCH);
    }

    private static OrderGate gate() {
        OrderGate gate = new OrderGate();
        gate.orderId = ORDER;
        return gate;
    }

    private static Shipment shipment() {
        return Shipment.waitingFor(
                new Picked(ORDER, UUID.randomUUID(), "LIS", List.of(new LineQuantity("SKU-A", 1)), List.of(), "w", T0),
                T0,
                null,
                T0);
    }

    private static OrderInfo order() {
        OrderInfo order = new OrderInfo();
        order.orderId = ORDER;
        order.orderNumber = "SO-1";
        order.shipTo = new ShipTo();
        order.shipTo.city = "Faro";
        return order;
    }

    private static OrderCancelRequested request(UUID requestId) {
        return new OrderCancelRequested(
                ORDER, "SO-1", requestId, "APPROVED", "Customer changed their mind", "customer-service", T0);
    }
}
