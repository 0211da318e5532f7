package com.smartstore.oms.warehouse;

import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.kit.testing.RoundTrips;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
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
        String sku = Fixtures.newSku();
        Fixtures.setStock(Fixtures.newWarehouse(), sku, 5);
        UUID orderId = UUID.randomUUID();
        RoundTrips.check(List.of(
                row(
                        "warehouse-order-approved",
                        Events.ORDER_APPROVED,
                        Fixtures.approved(orderId, 1, 1L, new LineQuantity(sku, 1))),
                row(
                        "warehouse-order-held",
                        Events.ORDER_HELD,
                        Fixtures.held(UUID.randomUUID(), 1, 1L, "address", "not deliverable")),
                row(
                        "warehouse-order-rejected",
                        Events.ORDER_REJECTED,
                        Fixtures.rejected(UUID.randomUUID(), 1, 1L, "fraud")),
                row("warehouse-order-cancelled", Events.ORDER_CANCELLED, Fixtures.cancelled(UUID.randomUUID())),
                row("warehouse-order-amended", Events.ORDER_AMENDED, amended(UUID.randomUUID(), sku)),
                row(
                        "warehouse-replacement-requested",
                        Events.REPLACEMENT_REQUESTED,
                        ReplacementTest.requested(UUID.randomUUID(), UUID.randomUUID(), sku, 1, null)),
                row(
                        "warehouse-return-received",
                        Events.RETURN_RECEIVED,
                        new ReturnReceived(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                Fixtures.newWarehouse(),
                                List.of(new ReturnReceived.Item(sku, 1, Disposition.DAMAGED, "cracked")),
                                "after-sales",
                                Instant.now()))));
    }

    private static OrderAmended amended(UUID orderId, String sku) {
        return new OrderAmended(
                orderId,
                Fixtures.orderNumber(orderId),
                2,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(new OrderAmended.LineChange(1, sku, "Product " + sku, null, 2, new BigDecimal("5.00"))),
                new BigDecimal("10.00"),
                "customer asked",
                "customer-service",
                Instant.now());
    }
}
