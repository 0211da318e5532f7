package com.smartstore.oms.shipping;

import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.kit.testing.RoundTrips;
import io.quarkus.test.junit.QuarkusTest;
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
        UUID orderId = UUID.randomUUID();
        RoundTrips.check(List.of(
                row("shipping-order-received", Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null)),
                row(
                        "shipping-order-amended",
                        Events.ORDER_AMENDED,
                        OrderChangesTest.amended(UUID.randomUUID(), 1, "Coimbra")),
                row("shipping-order-approved", Events.ORDER_APPROVED, Fixtures.approved(orderId, 1L)),
                row("shipping-order-held", Events.ORDER_HELD, Fixtures.held(UUID.randomUUID(), 1L)),
                row("shipping-order-rejected", Events.ORDER_REJECTED, Fixtures.rejected(UUID.randomUUID(), 1L)),
                row(
                        "shipping-order-cancel-requested",
                        Events.ORDER_CANCEL_REQUESTED,
                        Fixtures.cancelRequested(UUID.randomUUID(), UUID.randomUUID())),
                row("shipping-picked", Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID())),
                row(
                        "shipping-case-remedies",
                        Events.ORDER_EXCEPTION,
                        RemedyTest.step(
                                com.smartstore.oms.contracts.events.OrderException.detected(
                                        UUID.randomUUID(),
                                        "SO-RT",
                                        com.smartstore.oms.contracts.events.ExceptionType.LOGISTICS,
                                        com.smartstore.oms.contracts.events.Severity.HIGH,
                                        "PARCEL_LOST",
                                        "lost",
                                        java.util.Map.of(
                                                "shipmentId", UUID.randomUUID().toString()),
                                        "shipping-service",
                                        java.time.Instant.now()),
                                com.smartstore.oms.contracts.events.ExceptionStage.RESOLVED,
                                UUID.randomUUID(),
                                com.smartstore.oms.contracts.events.Remedy.REFUND)),
                row(
                        "shipping-customer-redacted",
                        Events.CUSTOMER_REDACTED,
                        CustomerRedactedTest.redaction(UUID.randomUUID()))));
    }
}
