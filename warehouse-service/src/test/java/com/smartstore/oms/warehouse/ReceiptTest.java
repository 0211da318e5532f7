package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.StockMovement;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Goods receipts put stock on the shelf and serve waiting orders first, oldest approval first (R-W6). */
@QuarkusTest
class ReceiptTest {
    @Inject
    StockMovementRepository movements;

    @Test
    void anOlderWaitingOrderIsServedBeforeANewerOneWhenTheReceiptCoversOnlyOne() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 1);
        UUID older = backorder(sku, 3, Instant.now().minusSeconds(120));
        UUID newer = backorder(sku, 3, Instant.now().minusSeconds(60));

        receive(warehouse, sku, 3)
                .statusCode(200)
                .body("warehouse", equalTo(warehouse))
                .body("quantity", equalTo(3))
                .body("served.orderId", contains(older.toString()))
                .body("served[0].warehouse", equalTo(warehouse))
                .body("stock.onHand", equalTo(4))
                .body("stock.reserved", equalTo(3))
                .body("stock.available", equalTo(1));

        Map<String, Object> list = Fixtures.awaitPickList(older);
        assertThat(list).containsEntry("status", "OPEN").containsEntry("warehouse", warehouse);
        assertThat(Fixtures.backorders(older)).isEmpty();
        assertThat(Fixtures.backorders(newer))
                .singleElement()
                .satisfies(b -> assertThat(b).containsEntry("status", "WAITING"));
        assertThat(Fixtures.pickLists(newer)).isEmpty();

        List<StockMovement> ledger = Db.read(() -> movements.forStock(warehouse, sku));
        assertThat(ledger)
                .extracting(m -> m.type + " " + m.quantity)
                .containsExactly("SET 1", "RECEIPT 3", "RESERVATION 3");
        assertThat(ledger.get(1).actor).isEqualTo("purchasing");
        assertThat(ledger.get(2).orderId).isEqualTo(older);

        // One stock-levels event for the row, after the receipt and the reservation together.
        List<ConsumerRecord<String, String>> levels =
                TestKafka.awaitRecords(Topics.STOCK_LEVELS, warehouse + "/" + sku, 2);
        StockLevel level = EventJson.mapper().readValue(levels.get(1).value(), StockLevel.class);
        assertThat(level.onHand()).isEqualTo(4);
        assertThat(level.available()).isEqualTo(1);

        // The next receipt completes the newer order too.
        receive(warehouse, sku, 2).statusCode(200).body("served.orderId", contains(newer.toString()));
        Fixtures.awaitPickList(newer);
        assertThat(Fixtures.stock(warehouse, sku))
                .containsEntry("onHand", 6)
                .containsEntry("reserved", 6)
                .containsEntry("available", 0);
    }

    @Test
    void aReceiptThatCoversNeitherWaitingOrderServesNothing() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        UUID first = backorder(sku, 5, Instant.now().minusSeconds(60));
        UUID second = backorder(sku, 4, Instant.now());

        receive(warehouse, sku, 3).statusCode(200).body("served", empty()).body("stock.available", equalTo(3));

        assertThat(Fixtures.backorders(first))
                .singleElement()
                .satisfies(b -> assertThat(b).containsEntry("status", "WAITING"));
        assertThat(Fixtures.backorders(second)).hasSize(1);
        assertThat(Fixtures.pickLists(first)).isEmpty();
        assertThat(Fixtures.pickLists(second)).isEmpty();
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("onHand", 3).containsEntry("reserved", 0);
    }

    @Test
    void aWaitingOrderIsServedOnlyWhenOneWarehouseHasEveryLine() {
        String warehouse = Fixtures.newWarehouse();
        String shirt = Fixtures.newSku();
        String mug = Fixtures.newSku();
        Fixtures.setStock(warehouse, mug, 1);
        UUID orderId = UUID.randomUUID();
        Deliver.event(
                Events.ORDER_APPROVED,
                Fixtures.approved(orderId, 1, null, new LineQuantity(shirt, 2), new LineQuantity(mug, 1)));

        receive(Fixtures.newWarehouse(), shirt, 2).statusCode(200).body("served", empty());
        receive(warehouse, shirt, 2).statusCode(200).body("served.orderId", contains(orderId.toString()));

        assertThat(Fixtures.awaitPickList(orderId).get("lines").toString()).contains(shirt, mug);
        assertThat(Fixtures.stock(warehouse, mug)).containsEntry("reserved", 1);
        assertThat(Db.read(() -> movements.forOrder(orderId)))
                .extracting(m -> m.type)
                .containsOnly(MovementType.RESERVATION);
    }

    @Test
    void aReceiptNeedsAWarehouseASkuAndAPositiveQuantity() {
        Fixtures.receive("warehouse", Map.of("quantity", 0))
                .statusCode(400)
                .body("details.field", contains("quantity", "sku", "warehouse"));
        Fixtures.receive("warehouse", Map.of("warehouse", "has space", "sku", "A", "quantity", 1))
                .statusCode(400)
                .body("error", equalTo("invalid-warehouse"));
        Fixtures.receive("warehouse", Map.of("warehouse", "LIS", "sku", "A", "quantity", -1))
                .statusCode(400)
                .body("details.field", hasItem("quantity"));
    }

    /** An approved order for a SKU nobody stocks yet: it waits as a backorder approved at the given time. */
    private static UUID backorder(String sku, int quantity, Instant approvedAt) {
        UUID orderId = UUID.randomUUID();
        OrderApproved approved = new OrderApproved(
                orderId,
                "SO-TEST-" + orderId.toString().substring(0, 8),
                1,
                UUID.randomUUID(),
                true,
                "auto",
                List.of(new LineQuantity(sku, quantity)),
                null,
                approvedAt);
        Deliver.event(Events.ORDER_APPROVED, approved);
        assertThat(Fixtures.backorders(orderId)).hasSize(1);
        return orderId;
    }

    private static ValidatableResponse receive(String warehouse, String sku, int quantity) {
        return Fixtures.receive("purchasing", Map.of("warehouse", warehouse, "sku", sku, "quantity", quantity));
    }
}
