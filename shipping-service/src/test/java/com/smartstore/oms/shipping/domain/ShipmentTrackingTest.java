package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tracking a shipped parcel without Quarkus (R-S5, R-S6): history, newest status, delivery time, logistics cases. */
class ShipmentTrackingTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofDays(5));

    @Test
    void anUpdateIsKeptPublishedAndMovesTheStatus() {
        Shipment shipment = shipped();

        Shipment.Tracked tracked = shipment.track(
                carrier(DeliveryStatus.IN_TRANSIT, T0.plusSeconds(3600), "ev-1", LocalDate.of(2026, 11, 30)), NOW);

        assertThat(shipment.deliveryStatus).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(shipment.deliveryStatusAt).isEqualTo(T0.plusSeconds(3600));
        assertThat(shipment.estimatedDelivery).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(tracked.record().shipmentId).isEqualTo(shipment.id);
        assertThat(tracked.record().trackingNumber).isEqualTo("RR1PT");
        assertThat(tracked.record().carrierEventId).isEqualTo("ev-1");
        assertThat(tracked.record().recordedAt).isEqualTo(NOW);
        DeliveryUpdated published = tracked.published();
        assertThat(published.orderId()).isEqualTo(ORDER);
        assertThat(published.orderNumber()).isEqualTo("SO-1");
        assertThat(published.update()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(published.status()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(published.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(published.deliveredAt()).isNull();
        assertThat(published.source()).isEqualTo(DeliveryUpdated.Source.CARRIER);
        assertThat(tracked.exception()).isNull();
    }

    @Test
    void aLateOlderUpdateIsKeptButDoesNotTurnTheStatusOrTheEstimateBack() {
        Shipment shipment = shipped();
        shipment.track(carrier(DeliveryStatus.OUT_FOR_DELIVERY, T0.plusSeconds(7200), "ev-2", null), NOW);

        Shipment.Tracked late = shipment.track(
                carrier(DeliveryStatus.PICKED_UP, T0.plusSeconds(60), "ev-1", LocalDate.of(2026, 12, 9)), NOW);

        assertThat(shipment.deliveryStatus).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
        assertThat(shipment.estimatedDelivery).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(late.published().update()).isEqualTo(DeliveryStatus.PICKED_UP);
        assertThat(late.published().status()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
        assertThat(late.record().status).isEqualTo(DeliveryStatus.PICKED_UP);
    }

    @Test
    void theFirstDeliveredSetsTheDeliveryTimeEvenWhenItArrivesLate() {
        Shipment shipment = shipped();
        shipment.track(carrier(DeliveryStatus.DELIVERED, T0.plusSeconds(9000), "ev-9", null), NOW);
        assertThat(shipment.deliveredAt).isEqualTo(T0.plusSeconds(9000));

        Shipment.Tracked earlier =
                shipment.track(carrier(DeliveryStatus.DELIVERED, T0.plusSeconds(8000), "ev-8", null), NOW);

        assertThat(shipment.deliveredAt).isEqualTo(T0.plusSeconds(8000));
        assertThat(earlier.published().deliveredAt()).isEqualTo(T0.plusSeconds(8000));
        assertThat(shipment.deliveryStatus).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void eachKindOfLogisticsExceptionOpensOneCasePerShipment() {
        Shipment shipment = shipped();

        OrderException lost = shipment.track(carrier(DeliveryStatus.LOST, T0.plusSeconds(100), "ev-1", null), NOW)
                .exception();
        assertThat(lost.type()).isEqualTo(ExceptionType.LOGISTICS);
        assertThat(lost.severity()).isEqualTo(Severity.HIGH);
        assertThat(lost.code()).isEqualTo("PARCEL_LOST");
        assertThat(lost.orderId()).isEqualTo(ORDER);
        assertThat(lost.description()).contains("RR1PT", "CTT", "SO-1", "is lost");
        assertThat(lost.details()).containsEntry("shipmentId", shipment.id.toString());

        // The carrier says it again: no second case.
        assertThat(shipment.track(carrier(DeliveryStatus.LOST, T0.plusSeconds(200), "ev-2", null), NOW)
                        .exception())
                .isNull();
        // Another kind does open one.
        OrderException returned = shipment.track(
                        carrier(DeliveryStatus.RETURNED_TO_SENDER, T0.plusSeconds(300), "ev-3", null), NOW)
                .exception();
        assertThat(returned.code()).isEqualTo("RETURNED_TO_SENDER");
        assertThat(returned.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(shipment.exceptionsRaised).containsExactly(DeliveryStatus.LOST, DeliveryStatus.RETURNED_TO_SENDER);
    }

    @Test
    void delayedAndDamagedOpenCasesAndOrdinaryStatusesDoNot() {
        Shipment shipment = shipped();
        for (DeliveryStatus ordinary : List.of(
                DeliveryStatus.LABEL_CREATED,
                DeliveryStatus.PICKED_UP,
                DeliveryStatus.IN_TRANSIT,
                DeliveryStatus.OUT_FOR_DELIVERY,
                DeliveryStatus.DELIVERY_ATTEMPTED)) {
            assertThat(shipment.track(carrier(ordinary, T0.plusSeconds(10), null, null), NOW)
                            .exception())
                    .as(ordinary.name())
                    .isNull();
        }
        OrderException delayed = shipment.track(
                        carrier(DeliveryStatus.DELAYED, T0.plusSeconds(20), null, LocalDate.of(2026, 12, 3)), NOW)
                .exception();
        assertThat(delayed.code()).isEqualTo("PARCEL_DELAYED");
        assertThat(delayed.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(delayed.details()).containsEntry("estimatedDelivery", "2026-12-03");
        assertThat(shipment.track(carrier(DeliveryStatus.DAMAGED, T0.plusSeconds(30), null, null), NOW)
                        .exception()
                        .code())
                .isEqualTo("PARCEL_DAMAGED");
    }

    @Test
    void aLateExceptionOlderThanTheNewestUpdateOpensNoCase() {
        Shipment shipment = shipped();
        shipment.track(carrier(DeliveryStatus.DELIVERED, T0.plusSeconds(500), "ev-2", null), NOW);

        Shipment.Tracked late = shipment.track(carrier(DeliveryStatus.DELAYED, T0.plusSeconds(100), "ev-1", null), NOW);

        assertThat(late.exception()).isNull();
        assertThat(shipment.exceptionsRaised).isEmpty();
    }

    @Test
    void onlyAShippedParcelIsTrackedAndNotFromTheFuture() {
        Shipment waiting = Shipment.waitingFor(picked(), T0, null, T0);
        assertThatThrownBy(() -> waiting.track(carrier(DeliveryStatus.IN_TRANSIT, T0, null, null), NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("shipment-not-shipped"));

        Shipment shipment = shipped();
        assertThat(shipment.track(carrier(DeliveryStatus.IN_TRANSIT, NOW.plusSeconds(60), null, null), NOW))
                .as("a carrier clock a minute ahead")
                .isNotNull();
        assertThatThrownBy(() -> shipment.track(
                        carrier(DeliveryStatus.IN_TRANSIT, NOW.plus(Duration.ofMinutes(16)), null, null), NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("happened-in-future");
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
                });
    }

    @Test
    void theCustomerIsToldOfDeliveryExceptionsAndNewEtasByTheNewestUpdateOnly() {
        Shipment shipment = shipped(); // ETA 2026-11-29

        assertThat(shipment.track(carrier(DeliveryStatus.PICKED_UP, T0.plusSeconds(60), "e1", null), NOW)
                        .notice())
                .isNull();
        assertThat(shipment.track(
                                carrier(
                                        DeliveryStatus.IN_TRANSIT,
                                        T0.plusSeconds(120),
                                        "e2",
                                        LocalDate.of(2026, 11, 29)),
                                NOW)
                        .notice())
                .as("the same ETA is no news")
                .isNull();
        assertThat(shipment.track(
                                carrier(
                                        DeliveryStatus.IN_TRANSIT,
                                        T0.plusSeconds(180),
                                        "e3",
                                        LocalDate.of(2026, 11, 30)),
                                NOW)
                        .notice())
                .isEqualTo(
                        new CustomerNotice(NotificationKind.NEW_ETA, "NEW_ETA:2026-11-30", LocalDate.of(2026, 11, 30)));
        assertThat(shipment.track(
                                carrier(DeliveryStatus.DELAYED, T0.plusSeconds(240), "e4", LocalDate.of(2026, 12, 2)),
                                NOW)
                        .notice())
                .as("an exception with a new ETA is one mail, about the exception, with the ETA")
                .isEqualTo(new CustomerNotice(NotificationKind.DELAYED, "DELAYED", LocalDate.of(2026, 12, 2)));
        assertThat(shipment.track(carrier(DeliveryStatus.DELIVERY_ATTEMPTED, T0.plusSeconds(100), "late", null), NOW)
                        .notice())
                .as("an update older than the newest tells the customer nothing")
                .isNull();
        for (DeliveryStatus status : List.of(
                DeliveryStatus.DELIVERY_ATTEMPTED,
                DeliveryStatus.LOST,
                DeliveryStatus.DAMAGED,
                DeliveryStatus.RETURNED_TO_SENDER)) {
            assertThat(shipment.track(carrier(status, T0.plusSeconds(300), status.name(), null), NOW)
                            .notice()
                            .kind()
                            .name())
                    .isEqualTo(status.name());
        }
        assertThat(shipment.track(
                                carrier(DeliveryStatus.DELIVERED, T0.plusSeconds(400), "e9", LocalDate.of(2026, 12, 3)),
                                NOW)
                        .notice())
                .as("a delivered parcel needs no new ETA")
                .isNull();
    }

    private static TrackingUpdate carrier(
            DeliveryStatus status, Instant at, String eventId, LocalDate estimatedDelivery) {
        return new TrackingUpdate(
                status, at, "Lisboa", "scan", estimatedDelivery, DeliveryUpdated.Source.CARRIER, eventId, "CTT");
    }

    private static Shipment shipped() {
        OrderInfo order = OrderInfo.from(OrderBuilder.anOrder()
                .id(ORDER)
                .number("SO-1")
                .customer(new OrderReceived.Customer("c-1", "Ana Silva", null, "ana@example.com"))
                .address(new OrderReceived.Address(null, "Rua 1", null, "Lisboa", null, "1000-001", "PT"))
                .line("SKU-A", "T-shirt", null, 2, "10")
                .payment(PaymentMethod.ONLINE, "20", T0)
                .receivedAt(T0)
                .build());
        Shipment shipment = Shipment.waitingFor(picked(), T0, order, T0);
        shipment.dispatch("CTT", "RR1PT", LocalDate.of(2026, 11, 29), "shipping", T0, null, 1);
        return shipment;
    }

    private static Picked picked() {
        return new Picked(
                ORDER, UUID.randomUUID(), "LIS", List.of(new LineQuantity("SKU-A", 2)), List.of(), "warehouse", T0);
    }
}
