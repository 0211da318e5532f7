package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code shipped} says which of the order's shipments this is and whether the order is now fully shipped: every unit
 * of its newest revision, as amended, in a dispatched shipment (issue 11).
 */
@QuarkusTest
class SplitOrderTest {

    @Test
    void anOrderInOneParcelIsFullyShippedWithIt() throws Exception {
        UUID orderId = UUID.randomUUID();
        String id = Fixtures.packedOrder(orderId, "Lisboa");

        Fixtures.dispatch(id, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR100PT"))
                .statusCode(200);

        Shipped shipped = shipped(orderId, 1).get(0);
        assertThat(shipped.shipmentNumber()).isEqualTo(1);
        assertThat(shipped.fullyShipped()).isTrue();
        assertThat(shipped.shipmentsTotal()).isEqualTo(1);
    }

    @Test
    void aSplitOrderIsFullyShippedWithItsSecondShipmentOnly() throws Exception {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Porto", null)); // 2 x SKU-A
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID(), Map.of("SKU-A", 1)));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID(), Map.of("SKU-A", 1)));
        List<String> ids = awaitShipments(orderId, 2);

        Fixtures.dispatch(ids.get(1), "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR101PT"))
                .statusCode(200);
        Shipped first = shipped(orderId, 1).get(0);
        assertThat(first.shipmentId()).hasToString(ids.get(1));
        assertThat(first.shipmentNumber()).isEqualTo(1);
        assertThat(first.fullyShipped()).isFalse();
        assertThat(first.shipmentsTotal()).isNull();

        Fixtures.dispatch(ids.get(0), "shipping", Map.of("carrier", "UPS", "trackingNumber", "1Z0102"))
                .statusCode(200);
        Shipped second = shipped(orderId, 2).get(1);
        assertThat(second.shipmentId()).hasToString(ids.get(0));
        assertThat(second.shipmentNumber()).isEqualTo(2);
        assertThat(second.fullyShipped()).isTrue();
        assertThat(second.shipmentsTotal()).isEqualTo(2);
    }

    @Test
    void aLineReducedByAnAmendmentCountsAsAmended() throws Exception {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null)); // 2 x SKU-A
        Deliver.event(Events.ORDER_AMENDED, reduced(orderId, 1));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID(), Map.of("SKU-A", 1)));
        String id = awaitShipments(orderId, 1).get(0);

        Fixtures.dispatch(id, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR103PT"))
                .statusCode(200);

        Shipped shipped = shipped(orderId, 1).get(0);
        assertThat(shipped.fullyShipped()).isTrue();
        assertThat(shipped.shipmentsTotal()).isEqualTo(1);
    }

    /** The customer wants one T-shirt instead of two. */
    private static OrderAmended reduced(UUID orderId, int quantity) {
        return new OrderAmended(
                orderId,
                Fixtures.orderNumber(orderId),
                1,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(new OrderAmended.LineChange(
                        1, "SKU-A", "T-shirt", "red, M", quantity, new BigDecimal("12.50"), "SKU-A", 2)),
                new BigDecimal("12.50"),
                "Customer wants one",
                "customer-service",
                Instant.now());
    }

    private static List<String> awaitShipments(UUID orderId, int count) {
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.shipmentsOf(orderId).extract().jsonPath().getList("items.shipTo.city").stream()
                                .filter(java.util.Objects::nonNull)
                                .count()
                        == count);
        return Fixtures.shipmentsOf(orderId).extract().jsonPath().getList("items.id");
    }

    private static List<Shipped> shipped(UUID orderId, int count) throws Exception {
        List<Shipped> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : TestKafka.awaitRecords(Topics.SHIPPED, orderId.toString(), count)) {
            events.add(EventJson.mapper().readValue(r.value(), Shipped.class));
        }
        events.sort(java.util.Comparator.comparing(Shipped::shipmentNumber));
        return events;
    }
}
