package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.testing.Deliver;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 cases 3 and 8 (R-W6): stock freed by a confirmed cancellation (reservations released, picked goods put
 * back) or by a manual correction upwards serves the waiting orders first, oldest approval first, as a goods
 * receipt does; on hand stays receipts - shipped + restocked.
 */
@QuarkusTest
class FreedStockTest {

    @Test
    void goodsOfACancelledPackedOrderGoBackOnTheShelfAndServeTheOldestWaitingOrder() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.receive("warehouse", Map.of("warehouse", warehouse, "sku", sku, "quantity", 2))
                .statusCode(200);
        UUID packed = approve(sku, 2);
        String packedList = (String) Fixtures.awaitPickList(packed).get("id");
        Fixtures.confirm(packedList, Map.of()).statusCode(200);
        Fixtures.pack(packedList, null).statusCode(200);
        UUID older = approve(sku, 2);
        UUID younger = approve(sku, 2);
        assertThat(Fixtures.backorders(older)).hasSize(1);

        // Shipping confirmed the cancellation: the parcel never left, so its goods are on the shelf again.
        Deliver.event(Events.ORDER_CANCELLED, Fixtures.cancelled(packed));

        assertThat(Fixtures.awaitPickList(older))
                .containsEntry("status", "OPEN")
                .containsEntry("warehouse", warehouse);
        assertThat(Fixtures.backorders(older)).isEmpty();
        assertThat(Fixtures.backorders(younger)).hasSize(1);
        // received 2, shipped 0, put back 2: on hand 2, now reserved for the older waiting order.
        assertThat(Fixtures.stock(warehouse, sku))
                .containsEntry("onHand", 2)
                .containsEntry("reserved", 2)
                .containsEntry("available", 0);
    }

    @Test
    void reservationsReleasedByACancellationServeTheWaitingOrder() {
        Fixtures.Picking open = Fixtures.orderWithPickList(3, 3);
        UUID waiting = approve(open.sku(), 3);
        assertThat(Fixtures.backorders(waiting)).hasSize(1);

        Deliver.event(Events.ORDER_CANCELLED, Fixtures.cancelled(open.orderId()));

        assertThat(Fixtures.awaitPickList(waiting)).containsEntry("status", "OPEN");
        assertThat(Fixtures.stock(open.warehouse(), open.sku()))
                .containsEntry("onHand", 3)
                .containsEntry("reserved", 3);
    }

    @Test
    void aCorrectionUpwardsServesTheWaitingOrderBeforeAnyoneElse() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 1);
        UUID waiting = approve(sku, 3);
        assertThat(Fixtures.backorders(waiting)).hasSize(1);

        Fixtures.adjust("warehouse", warehouse, sku, Map.of("delta", 2, "reason", "found behind the rack"))
                .statusCode(200);

        assertThat(Fixtures.awaitPickList(waiting)).containsEntry("status", "OPEN");
        assertThat(Fixtures.backorders(waiting)).isEmpty();
        assertThat(Fixtures.stock(warehouse, sku))
                .containsEntry("onHand", 3)
                .containsEntry("reserved", 3)
                .containsEntry("available", 0);
    }

    @Test
    void aCountUpwardsServesTheWaitingOrderToo() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 0);
        UUID waiting = approve(sku, 2);

        Fixtures.setStock(warehouse, sku, 5);

        assertThat(Fixtures.awaitPickList(waiting)).containsEntry("status", "OPEN");
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 2).containsEntry("available", 3);
    }

    /** Approves a new order of one line and waits until the warehouse has handled it; returns its id. */
    private static UUID approve(String sku, int quantity) {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, quantity)));
        return orderId;
    }
}
