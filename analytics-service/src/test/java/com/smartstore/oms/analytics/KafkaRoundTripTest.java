package com.smartstore.oms.analytics;

import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
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
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        RoundTrips.check(List.of(
                row("analytics-order-received", Events.ORDER_RECEIVED, OrderEvents.receivedEvent(id, 1, "25.00", t)),
                row("analytics-order-held", Events.ORDER_HELD, OrderEvents.heldEvent(id, t.plusSeconds(5))),
                row(
                        "analytics-order-approved",
                        Events.ORDER_APPROVED,
                        OrderEvents.approvedEvent(id, t.plusSeconds(10))),
                row(
                        "analytics-order-rejected",
                        Events.ORDER_REJECTED,
                        OrderEvents.rejectedEvent(UUID.randomUUID(), t.plusSeconds(10))),
                row("analytics-picked", Events.PICKED, OrderEvents.pickedEvent(id, t.plusSeconds(40))),
                row("analytics-shipped", Events.SHIPPED, OrderEvents.shippedEvent(id, t.plusSeconds(100))),
                row(
                        "analytics-return-requested",
                        Events.RETURN_REQUESTED,
                        OrderEvents.returnRequestedEvent(id, t.plusSeconds(900)))));
    }
}
