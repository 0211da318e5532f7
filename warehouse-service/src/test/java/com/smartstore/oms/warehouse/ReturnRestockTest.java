package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Returned goods as returns' inspection publishes them ({@code return-received}): resellable ones go back on the
 * receiving warehouse's shelf (once), the others (damaged, defective, repairable, damaged by the customer) are only
 * recorded.
 */
@QuarkusTest
class ReturnRestockTest {

    @Inject
    StockMovementRepository movements;

    @Test
    void resellableItemsAreRestockedOnceAndTheOthersAreNot() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String shirt = Fixtures.newSku();
        String mug = Fixtures.newSku();
        String jacket = Fixtures.newSku();
        String scarf = Fixtures.newSku();
        Fixtures.setStock(warehouse, shirt, 1);
        UUID orderId = UUID.randomUUID();
        ReturnReceived received = new ReturnReceived(
                UUID.randomUUID(),
                orderId,
                warehouse,
                List.of(
                        new ReturnReceived.Item(shirt, 2, Disposition.RESELLABLE, "as new"),
                        new ReturnReceived.Item(mug, 1, Disposition.DAMAGED, "cracked"),
                        // The grades returns' inspection gives since issue 12: none of them goes back on the shelf.
                        new ReturnReceived.Item(jacket, 1, Disposition.REPAIRABLE, "zip broken"),
                        new ReturnReceived.Item(scarf, 1, Disposition.DAMAGED_BY_CUSTOMER, "burnt")),
                "after-sales",
                Instant.now());

        Deliver.event(Events.RETURN_RECEIVED, received);
        // The same return again under another event id restocks nothing more.
        Deliver.event(Events.RETURN_RECEIVED, received);

        assertThat(Fixtures.stock(warehouse, shirt)).containsEntry("onHand", 3).containsEntry("available", 3);
        assertThat(Db.read(() -> movements.forOrder(orderId))).singleElement().satisfies(m -> {
            assertThat(m.type + " " + m.sku + " " + m.quantity).isEqualTo("RETURN_RESTOCK " + shirt + " 2");
            assertThat(m.actor).isEqualTo("after-sales");
            assertThat(m.reason).contains(received.returnId().toString());
        });
        assertThat(Db.read(() -> movements.forStock(warehouse, mug))).isEmpty();
        assertThat(Db.read(() -> movements.forStock(warehouse, jacket))).isEmpty();
        assertThat(Db.read(() -> movements.forStock(warehouse, scarf))).isEmpty();
        var levels = TestKafka.awaitRecords(Topics.STOCK_LEVELS, warehouse + "/" + shirt, 2);
        assertThat(EventJson.mapper()
                        .readValue(levels.get(levels.size() - 1).value(), StockLevel.class)
                        .onHand())
                .isEqualTo(3);
    }

    @Test
    void aResellableReturnServesAWaitingOrderFirst() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        UUID waiting = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(waiting, 1, null, new LineQuantity(sku, 1)));
        assertThat(Fixtures.backorders(waiting)).hasSize(1);

        ReturnReceived received = new ReturnReceived(
                UUID.randomUUID(),
                UUID.randomUUID(),
                warehouse,
                List.of(new ReturnReceived.Item(sku, 1, Disposition.RESELLABLE, null)),
                "after-sales",
                Instant.now());
        Deliver.event(Events.RETURN_RECEIVED, received);

        assertThat(Fixtures.awaitPickList(waiting)).containsEntry("warehouse", warehouse);
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("onHand", 1).containsEntry("reserved", 1);
        StockReplenished replenished = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.STOCK_REPLENISHED, sku, 1)
                                .get(0)
                                .value(),
                        StockReplenished.class);
        assertThat(replenished.servedOrders()).containsExactly(new OrderQuantity(waiting, 1));
    }
}
