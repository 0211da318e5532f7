package com.smartstore.oms.intake;

import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.RoundTrips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One event per consumer through the real broker (the other tests hand events to the consumers directly,
 * {@code Deliver}): proves each channel's wiring, deserialisation and inbox end to end.
 */
@QuarkusTest
class KafkaRoundTripTest {

    @Test
    void everyConsumerCommitsAnEventPublishedToItsTopic() {
        Instant now = Instant.now();
        UUID approved = Fixtures.createOrder(Fixtures.newSku());
        UUID held = Fixtures.createOrder(Fixtures.newSku());
        UUID rejected = Fixtures.createOrder(Fixtures.newSku());
        UUID cancelled = Fixtures.createOrder(Fixtures.newSku());
        UUID shipped = Fixtures.createOrder(Fixtures.newSku());
        UUID exchanged = Fixtures.createOrder(Fixtures.newSku());
        RoundTrips.check(List.of(
                row(
                        "intake-exchange-requested",
                        Events.EXCHANGE_REQUESTED,
                        ExchangeOrderTest.exchange(UUID.randomUUID(), exchanged, "SKU-X")),
                row(
                        "intake-order-approved",
                        Events.ORDER_APPROVED,
                        DecisionSequenceTest.approved(approved, Fixtures.orderNumber(approved), 1L, now)),
                row(
                        "intake-order-held",
                        Events.ORDER_HELD,
                        DecisionSequenceTest.held(held, Fixtures.orderNumber(held), 1L, now)),
                row(
                        "intake-order-rejected",
                        Events.ORDER_REJECTED,
                        DecisionSequenceTest.rejected(rejected, Fixtures.orderNumber(rejected), 1L, now)),
                row(
                        "intake-order-cancelled",
                        Events.ORDER_CANCELLED,
                        new OrderCancelled(
                                cancelled,
                                Fixtures.orderNumber(cancelled),
                                "RECEIVED",
                                "changed their mind",
                                "customer-service",
                                now,
                                UUID.randomUUID())),
                row(
                        "intake-order-cancel-refused",
                        Events.ORDER_CANCEL_REFUSED,
                        new OrderCancelRefused(
                                shipped,
                                Fixtures.orderNumber(shipped),
                                UUID.randomUUID(),
                                "ALREADY_SHIPPED",
                                "The parcel left with CTT",
                                now)),
                row(
                        "intake-picked",
                        Events.PICKED,
                        new Picked(
                                shipped,
                                UUID.randomUUID(),
                                "LIS",
                                List.of(new LineQuantity("SKU", 1)),
                                List.of(),
                                "warehouse",
                                now)),
                row(
                        "intake-shipped",
                        Events.SHIPPED,
                        new Shipped(shipped, UUID.randomUUID(), "CTT", "RR1PT", null, "shipping", now))));
    }
}
