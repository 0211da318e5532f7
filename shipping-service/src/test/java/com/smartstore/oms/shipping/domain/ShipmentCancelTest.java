package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A shipment of a cancelled order stops while it waits, once; one that left stays SHIPPED. */
class ShipmentCancelTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private static Shipment waiting() {
        Picked picked = new Picked(
                ORDER,
                UUID.randomUUID(),
                "LIS",
                List.of(new LineQuantity("SKU-A", 2)),
                List.of(new Picked.Parcel(1, new BigDecimal("0.80"))),
                "warehouse",
                T0);
        Shipment shipment = Shipment.waitingFor(picked, T0, null, T0);
        shipment.orderNumber = "SO-1";
        shipment.shipTo = new ShipTo();
        shipment.shipTo.line1 = "Rua 1";
        return shipment;
    }

    @Test
    void aWaitingShipmentIsStoppedOnceWithTheFirstReasonAndCannotBeDispatched() {
        Shipment shipment = waiting();

        assertThat(shipment.cancel("customer asked", T0.plusSeconds(5))).isTrue();
        assertThat(shipment.cancel("again", T0.plusSeconds(9))).isFalse();

        assertThat(shipment.status).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(shipment.cancelReason).isEqualTo("customer asked");
        assertThat(shipment.cancelledAt).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> shipment.dispatch("CTT", "RR1PT", null, "shipping", T0.plusSeconds(10), null, 1))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("shipment-not-waiting"))
                .hasMessage("Shipment " + shipment.id + " is CANCELLED (the order was cancelled at " + T0.plusSeconds(5)
                        + ": customer asked); only a shipment WAITING_DISPATCH can be dispatched");
    }

    @Test
    void aShippedShipmentIsNotStoppedAndARefusedDispatchNamesWhoSentIt() {
        Shipment shipment = waiting();
        shipment.dispatch("CTT", "RR1PT", null, "ana", T0.plusSeconds(60), null, 1);

        assertThat(shipment.cancel("too late", T0.plusSeconds(90))).isFalse();

        assertThat(shipment.status).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(shipment.cancelReason).isNull();
        assertThatThrownBy(() -> shipment.dispatch("UPS", "1Z", null, "rui", T0.plusSeconds(120), null, 1))
                .hasMessage("Shipment " + shipment.id + " is SHIPPED (by ana at " + T0.plusSeconds(60)
                        + " with CTT RR1PT); only a shipment WAITING_DISPATCH can be dispatched");
    }

    @Test
    void redactingAShipmentWithoutAnAddressLeavesItWithout() {
        Shipment shipment = waiting();
        shipment.shipTo = null;

        shipment.redact();

        assertThat(shipment.shipTo).isNull();
    }
}
