package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ReplacementRequested;
import com.smartstore.oms.contracts.events.StockShortage;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Replacements (issue 11): shipping's {@code replacement-requested} (a logistics case resolved with RESEND) reserves and
 * picks the lost shipment's goods again, outside the order's own allocation, once per case; the packed replacement's
 * {@code picked} names the lost shipment. What no warehouse has waits as a backorder, is reported as a shortage and is
 * served by the next receipt, still as the replacement.
 */
@QuarkusTest
class ReplacementTest {

    @Test
    void aResendIsReservedAndPickedOnceAndItsPickedNamesTheLostShipment() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(4, 2);
        packed(order.pickListId());
        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 2)
                .containsEntry("reserved", 0);

        UUID lost = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        ReplacementRequested request = requested(order.orderId(), lost, order.sku(), 2, order.warehouse());
        request = new ReplacementRequested(
                request.orderId(),
                request.orderNumber(),
                lost,
                caseId,
                request.exceptionId(),
                request.lines(),
                request.warehouse(),
                request.requestedBy(),
                request.requestedAt());
        String eventId = Deliver.event(Events.REPLACEMENT_REQUESTED, request);
        // Redelivered, and the same case again under another event id: one replacement.
        Deliver.event(Events.REPLACEMENT_REQUESTED, request, eventId);
        Deliver.event(Events.REPLACEMENT_REQUESTED, request);

        List<Map<String, Object>> lists = Fixtures.pickLists(order.orderId());
        assertThat(lists).hasSize(2);
        Map<String, Object> replacement = lists.stream()
                .filter(p -> lost.toString().equals(p.get("replacesShipmentId")))
                .findFirst()
                .orElseThrow();
        assertThat(replacement)
                .containsEntry("status", "OPEN")
                .containsEntry("caseId", caseId.toString())
                .containsEntry("warehouse", order.warehouse())
                .containsEntry("orderNumber", request.orderNumber());
        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 2)
                .containsEntry("reserved", 2);

        packed((String) replacement.get("id"));
        List<Picked> picked = picked(order.orderId(), 2);
        assertThat(picked.get(0).replacesShipmentId()).isNull();
        assertThat(picked.get(1).pickListId()).isEqualTo(UUID.fromString((String) replacement.get("id")));
        assertThat(picked.get(1).replacesShipmentId()).isEqualTo(lost);
        assertThat(picked.get(1).lines()).containsExactly(new LineQuantity(order.sku(), 2));
        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 0)
                .containsEntry("reserved", 0);
    }

    @Test
    void aResendNoWarehouseCanServeWaitsAsABackorderAndTheReceiptServesItAsTheReplacement() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(2, 2);
        packed(order.pickListId());
        UUID lost = UUID.randomUUID();
        Deliver.event(
                Events.REPLACEMENT_REQUESTED, requested(order.orderId(), lost, order.sku(), 2, order.warehouse()));

        assertThat(Fixtures.backorders(order.orderId()))
                .singleElement()
                .satisfies(b -> assertThat(b)
                        .containsEntry("replacesShipmentId", lost.toString())
                        .containsEntry("reason", "BACKORDER"));
        var shortages = TestKafka.awaitRecords(Topics.STOCK_SHORTAGE, order.sku(), 1);
        StockShortage shortage =
                EventJson.mapper().readValue(shortages.get(shortages.size() - 1).value(), StockShortage.class);
        assertThat(shortage.waitingOrders()).containsExactly(new OrderQuantity(order.orderId(), 2));

        Fixtures.receive("warehouse", Map.of("warehouse", order.warehouse(), "sku", order.sku(), "quantity", 2))
                .statusCode(200);
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.pickLists(order.orderId()).size() == 2);
        Map<String, Object> served = Fixtures.pickLists(order.orderId()).stream()
                .filter(p -> "OPEN".equals(p.get("status")))
                .findFirst()
                .orElseThrow();
        assertThat(served).containsEntry("replacesShipmentId", lost.toString());
        packed((String) served.get("id"));
        assertThat(picked(order.orderId(), 2).get(1).replacesShipmentId()).isEqualTo(lost);
    }

    /** A replacement as shipping publishes it when a case is resolved with RESEND. */
    static ReplacementRequested requested(UUID orderId, UUID lostShipmentId, String sku, int units, String warehouse) {
        return new ReplacementRequested(
                orderId,
                Fixtures.orderNumber(orderId),
                lostShipmentId,
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(new LineQuantity(sku, units)),
                warehouse,
                "carla",
                Instant.now());
    }

    private static void packed(String pickListId) {
        Fixtures.confirm(pickListId, Map.of()).statusCode(200).body("status", equalTo("PICKED"));
        Fixtures.pack(pickListId, null).statusCode(200).body("status", equalTo("PACKED"));
    }

    /** The order's picked events, oldest first. */
    private static List<Picked> picked(UUID orderId, int count) throws Exception {
        List<Picked> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TestKafka.awaitRecords(Topics.PICKED, orderId.toString(), count)) {
            found.add(EventJson.mapper().readValue(r.value(), Picked.class));
        }
        found.sort(java.util.Comparator.comparing(Picked::pickedAt));
        return found;
    }
}
