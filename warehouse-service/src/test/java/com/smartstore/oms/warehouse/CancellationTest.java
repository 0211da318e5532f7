package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A cancelled order gives its stock back: reservations released, picked goods restocked, backorders stopped. */
@QuarkusTest
class CancellationTest {

    @Inject
    StockMovementRepository movements;

    @Test
    void cancellingAnOpenOrderReleasesItsReservationOnce() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 3)));
        Fixtures.awaitPickList(orderId);
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("available", 2);

        Deliver.event(Events.ORDER_CANCELLED, cancelled(orderId));
        // The same cancellation again, under another id: nothing left to undo.
        Deliver.event(Events.ORDER_CANCELLED, cancelled(orderId));

        assertThat(Fixtures.pickLists(orderId))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("status", "CANCELLED"));
        assertThat(Fixtures.stock(warehouse, sku))
                .containsEntry("onHand", 5)
                .containsEntry("reserved", 0)
                .containsEntry("available", 5);
        assertThat(Db.read(() -> movements.forOrder(orderId)))
                .extracting(m -> m.type + " " + m.quantity)
                .containsExactly("RESERVATION 3", "RELEASE -3");
        List<ConsumerRecord<String, String>> levels =
                TestKafka.awaitRecords(Topics.STOCK_LEVELS, warehouse + "/" + sku, 3);
        assertThat(EventJson.mapper()
                        .readValue(levels.get(levels.size() - 1).value(), StockLevel.class)
                        .available())
                .isEqualTo(5);

        // An approval arriving after the cancellation reserves nothing.
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 2, null, new LineQuantity(sku, 1)));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 0);
        assertThat(Fixtures.pickLists(orderId)).hasSize(1);
    }

    @Test
    void cancellingAPickedOrderPutsItsGoodsBackOnTheShelf() {
        Fixtures.Picking order = Fixtures.orderWithPickList(4, 3);
        Fixtures.confirm(order.pickListId(), Map.of()).statusCode(200);
        Fixtures.pack(order.pickListId(), null).statusCode(200);
        assertThat(Fixtures.stock(order.warehouse(), order.sku())).containsEntry("onHand", 1);

        Deliver.event(Events.ORDER_CANCELLED, cancelled(order.orderId()));

        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 4)
                .containsEntry("reserved", 0)
                .containsEntry("available", 4);
        assertThat(Db.read(() -> movements.forOrder(order.orderId())))
                .extracting(m -> m.type + " " + m.quantity)
                .containsExactly("RESERVATION 3", "PICK -3", "CANCEL_RESTOCK 3");
        assertThat(Fixtures.awaitPickList(order.orderId())).containsEntry("status", "CANCELLED");
    }

    @Test
    void cancellingAWaitingOrderStopsItsBackorder() {
        String sku = Fixtures.newSku();
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 2)));
        assertThat(Fixtures.backorders(orderId)).hasSize(1);

        Deliver.event(Events.ORDER_CANCELLED, cancelled(orderId));

        await().atMost(Fixtures.WAIT).until(() -> Fixtures.backorders(orderId).isEmpty());
        // A receipt now serves nobody: the units stay available.
        Fixtures.receive("warehouse", Map.of("warehouse", Fixtures.newWarehouse(), "sku", sku, "quantity", 2))
                .statusCode(200)
                .extract()
                .path("served");
        assertThat(Fixtures.pickLists(orderId)).isEmpty();
    }

    private static OrderCancelled cancelled(UUID orderId) {
        return new OrderCancelled(
                orderId,
                "SO-TEST-" + orderId.toString().substring(0, 8),
                "APPROVED",
                "customer changed their mind",
                "customer-service",
                Instant.now());
    }
}
