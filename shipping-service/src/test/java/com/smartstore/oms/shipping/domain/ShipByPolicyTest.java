package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.Picked;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ship-by time and how urgent a waiting shipment is (R-S2), without Quarkus. */
class ShipByPolicyTest {
    private static final ShipByPolicy LISBON =
            new ShipByPolicy(Duration.ofHours(24), Duration.ofHours(4), ZoneId.of("Europe/Lisbon"));
    private static final Instant RECEIVED = Instant.parse("2026-07-01T10:00:00Z");

    @Test
    void aRequestedShipDateEndsAtMidnightInTheShopsTimeZone() {
        // Lisbon is UTC+1 in July: the 3rd ends at 23:00 UTC.
        assertThat(LISBON.deadline(order(LocalDate.of(2026, 7, 3)))).isEqualTo(Instant.parse("2026-07-03T23:00:00Z"));
    }

    @Test
    void withoutOneTheOrderHasShipHoursFromItsReceipt() {
        assertThat(LISBON.deadline(order(null))).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
    }

    @Test
    void aWaitingShipmentIsOnTimeThenAtRiskThenOverdue() {
        Shipment shipment = Shipment.waitingFor(picked(), RECEIVED, null, RECEIVED);
        assertThat(LISBON.urgency(shipment, RECEIVED)).as("order not known yet").isNull();

        shipment.shipBy = RECEIVED.plus(Duration.ofHours(24));
        assertThat(LISBON.urgency(shipment, RECEIVED.plus(Duration.ofHours(20))))
                .isEqualTo(ShipByPolicy.Urgency.ON_TIME);
        assertThat(LISBON.urgency(shipment, RECEIVED.plus(Duration.ofHours(20)).plusSeconds(1)))
                .isEqualTo(ShipByPolicy.Urgency.AT_RISK);
        assertThat(LISBON.urgency(shipment, shipment.shipBy)).isEqualTo(ShipByPolicy.Urgency.AT_RISK);
        assertThat(LISBON.urgency(shipment, shipment.shipBy.plusSeconds(1))).isEqualTo(ShipByPolicy.Urgency.OVERDUE);

        shipment.status = ShipmentStatus.SHIPPED;
        assertThat(LISBON.urgency(shipment, shipment.shipBy.plusSeconds(1)))
                .as("it left")
                .isNull();
    }

    private static OrderInfo order(LocalDate requestedShipDate) {
        OrderInfo order = new OrderInfo();
        order.requestedShipDate = requestedShipDate;
        order.receivedAt = RECEIVED;
        return order;
    }

    private static Picked picked() {
        return new Picked(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "LIS",
                List.of(new LineQuantity("SKU-A", 1)),
                List.of(),
                "warehouse",
                RECEIVED);
    }
}
