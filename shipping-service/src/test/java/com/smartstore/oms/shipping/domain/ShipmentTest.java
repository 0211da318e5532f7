package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shipment's rules without Quarkus: what it takes from the order, and when it may be dispatched. */
class ShipmentTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aShipmentTakesThePickListAndTheOrdersDetails() {
        OrderInfo order = OrderInfo.from(received(1, "Lisboa", "Rui Costa", LocalDate.of(2026, 12, 1)));
        Shipment shipment = Shipment.waitingFor(picked(), T0, order, T0.plusSeconds(1));

        assertThat(shipment.status).isEqualTo(ShipmentStatus.WAITING_DISPATCH);
        assertThat(shipment.orderNumber).isEqualTo("SO-1");
        assertThat(shipment.parcels).containsExactly(new Parcel(1, new BigDecimal("0.80")));
        assertThat(shipment.items).containsExactly(new Item("SKU-A", 2));
        assertThat(shipment.shipTo.recipient).isEqualTo("Rui Costa");
        assertThat(shipment.shipTo).isNotSameAs(order.shipTo);
        assertThat(shipment.requestedShipDate).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(shipment.pickedAt).isEqualTo(T0);
    }

    @Test
    void withoutAnOrderRecipientTheCustomerIsOnTheLabel() {
        OrderInfo order = OrderInfo.from(received(1, "Lisboa", null, null));
        assertThat(order.shipTo.recipient).isEqualTo("Ana Silva");
        assertThat(order.requestedShipDate).isNull();
    }

    @Test
    void aLaterRevisionReplacesAnEarlierOneButNotTheOtherWayRound() {
        OrderInfo order = OrderInfo.from(received(2, "Porto", null, null));
        assertThat(order.apply(received(1, "Lisboa", null, null))).isFalse();
        assertThat(order.shipTo.city).isEqualTo("Porto");
        assertThat(order.apply(received(3, "Faro", null, LocalDate.of(2026, 12, 5))))
                .isTrue();
        assertThat(order.shipTo.city).isEqualTo("Faro");
        assertThat(order.revision).isEqualTo(3);
    }

    @Test
    void aShippedShipmentKeepsItsAddressWhenTheOrderChanges() {
        Shipment shipment = Shipment.waitingFor(picked(), T0, OrderInfo.from(received(1, "Lisboa", null, null)), T0);
        shipment.dispatch("CTT", "RR1PT", null, "shipping", T0.plusSeconds(60), null, 1);

        shipment.fillFrom(OrderInfo.from(received(2, "Porto", null, LocalDate.of(2026, 12, 1))));
        assertThat(shipment.shipTo.city).isEqualTo("Lisboa");
        assertThat(shipment.requestedShipDate).isNull();
    }

    @Test
    void aShipmentWithoutTheOrdersAddressCannotBeDispatched() {
        // Issue 17 case 9: picked overtook order-received.
        Shipment shipment = Shipment.waitingFor(picked(), T0, null, T0);
        assertThatThrownBy(() -> shipment.dispatch("CTT", "RR1PT", null, "shipping", T0, null, 1))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("waiting-for-order"))
                .hasMessageContaining("waiting for the order's address");
        assertThat(shipment.status).isEqualTo(ShipmentStatus.WAITING_DISPATCH);

        shipment.fillFrom(OrderInfo.from(received(1, "Porto", null, null)));
        shipment.dispatch("CTT", "RR1PT", null, "shipping", T0, null, 1);
        assertThat(shipment.status).isEqualTo(ShipmentStatus.SHIPPED);
    }

    @Test
    void dispatchShipsOnceAndReportsIt() {
        Shipment shipment = Shipment.waitingFor(picked(), T0, OrderInfo.from(received(1, "Lisboa", null, null)), T0);
        Shipped shipped = shipment.dispatch(
                " DHL ", "JD1 ", LocalDate.of(2026, 12, 3), "warehouse", T0.plusSeconds(60), "https://dhl/JD1", 2);

        assertThat(shipment.status).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(shipped.shipmentId()).isEqualTo(shipment.id);
        assertThat(shipped.orderId()).isEqualTo(ORDER);
        assertThat(shipped.carrier()).isEqualTo("DHL");
        assertThat(shipped.trackingNumber()).isEqualTo("JD1");
        assertThat(shipped.shippedAt()).isEqualTo(T0.plusSeconds(60));
        // What the customer is told (R-S3): the order, what is in the parcel, where to follow it, which shipment.
        assertThat(shipped.orderNumber()).isEqualTo("SO-1");
        assertThat(shipped.items()).containsExactly(new LineQuantity("SKU-A", 2));
        assertThat(shipped.trackingUrl()).isEqualTo("https://dhl/JD1");
        assertThat(shipped.shipmentNumber()).isEqualTo(2);
        assertThat(shipped.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThatThrownBy(() -> shipment.dispatch("UPS", "1Z", null, "shipping", T0.plusSeconds(120), null, 1))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("is SHIPPED");
        assertThat(shipment.carrier).isEqualTo("DHL");
    }

    @Test
    void aRedactedOrderKeepsOnlyTheCountryAndItsWaitingShipmentCannotLeave() {
        OrderInfo order = OrderInfo.from(received(1, "Lisboa", "Rui Costa", null));
        Shipment shipment = Shipment.waitingFor(picked(), T0, order, T0);

        order.redact();
        shipment.redact();

        assertThat(order.customerName).isEqualTo("[redacted]");
        for (ShipTo to : List.of(order.shipTo, shipment.shipTo)) {
            assertThat(List.of(to.recipient, to.line1, to.city, to.postalCode)).containsOnly("[redacted]");
            assertThat(to.line2).isNull();
            assertThat(to.region).isNull();
            assertThat(to.country).isEqualTo("PT");
        }
        assertThat(order.apply(new OrderAmended(
                        ORDER,
                        "SO-1",
                        1,
                        UUID.randomUUID(),
                        List.of("shippingAddress"),
                        new OrderReceived.Address(null, "Rua Nova 1", null, "Porto", null, "4000-001", "PT"),
                        null,
                        List.of(),
                        null,
                        "moved",
                        "customer-service",
                        T0)))
                .isFalse();
        assertThat(order.shipTo.isRedacted()).isTrue();
        assertThatThrownBy(() -> shipment.dispatch("CTT", "RR1PT", null, "shipping", T0, null, 1))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("address-redacted"));
        assertThat(shipment.status).isEqualTo(ShipmentStatus.WAITING_DISPATCH);
    }

    private static Picked picked() {
        return new Picked(
                ORDER,
                UUID.randomUUID(),
                "LIS",
                List.of(new LineQuantity("SKU-A", 2)),
                List.of(new Picked.Parcel(1, new BigDecimal("0.80"))),
                "warehouse",
                T0);
    }

    private static OrderReceived received(int revision, String city, String recipient, LocalDate requestedShipDate) {
        return OrderBuilder.anOrder()
                .id(ORDER)
                .number("SO-1")
                .revision(revision)
                .customer(new OrderReceived.Customer("c-1", "Ana Silva", null, "ana@example.com"))
                .address(new OrderReceived.Address(recipient, "Rua 1", null, city, null, "1000-001", "PT"))
                .line("SKU-A", "T-shirt", null, 2, "10")
                .remarks(requestedShipDate == null ? null : new OrderReceived.Remarks(null, null, requestedShipDate))
                .payment(PaymentMethod.ONLINE, "20", T0)
                .receivedAt(T0)
                .build();
    }
}
