package com.smartstore.oms.returns;

import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.kit.testing.OrderBuilder;
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
        RoundTrips.check(List.of(
                row("returns-shipped", Events.SHIPPED, Fixtures.shipped(UUID.randomUUID(), UUID.randomUUID())),
                row(
                        "returns-order-received",
                        Events.ORDER_RECEIVED,
                        OrderBuilder.anOrder().line("SKU-A", 1, "10.00", "0.00").build()),
                row(
                        "returns-delivery-updated",
                        Events.DELIVERY_UPDATED,
                        Fixtures.delivered(UUID.randomUUID(), UUID.randomUUID(), Instant.now())),
                row("returns-product-catalog", Events.PRODUCT_CATALOG, Fixtures.product("SKU-RT", "mugs")),
                row(
                        "returns-customer-redacted",
                        Events.CUSTOMER_REDACTED,
                        CustomerRedactedTest.redaction(UUID.randomUUID()))));
    }
}
