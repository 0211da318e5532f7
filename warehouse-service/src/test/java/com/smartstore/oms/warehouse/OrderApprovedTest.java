package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Approved orders become reservations and a pick list in one warehouse, or a backorder; exactly once. */
@QuarkusTest
class OrderApprovedTest {
    @Inject
    StockMovementRepository movements;

    @Inject
    PickListRepository pickLists;

    @Inject
    BackorderRepository backorders;

    @Test
    void theFirstWarehouseThatCanServeEveryLineReservesAndGetsThePickList() throws Exception {
        String first = Fixtures.newWarehouse() + "-A";
        String second = first.replace("-A", "-B");
        String shirt = Fixtures.newSku();
        String mug = Fixtures.newSku();
        Fixtures.setStock(first, shirt, 10); // alphabetically first, but has no mugs
        Fixtures.setStock(second, shirt, 10);
        Fixtures.setStock(second, mug, 4);
        UUID orderId = UUID.randomUUID();
        OrderApproved approved = Fixtures.approved(
                orderId, 1, LocalDate.parse("2026-12-01"), new LineQuantity(shirt, 3), new LineQuantity(mug, 4));

        Deliver.event(Events.ORDER_APPROVED, approved);

        Map<String, Object> list = Fixtures.awaitPickList(orderId);
        assertThat(list)
                .containsEntry("status", "OPEN")
                .containsEntry("warehouse", second)
                .containsEntry("orderNumber", approved.orderNumber())
                .containsEntry("revision", 1)
                .containsEntry("requestedShipDate", "2026-12-01");
        assertThat(list.get("lines").toString()).contains(shirt, mug);
        assertThat(Fixtures.stock(second, shirt)).containsEntry("reserved", 3).containsEntry("available", 7);
        assertThat(Fixtures.stock(second, mug)).containsEntry("available", 0);
        assertThat(Fixtures.stock(first, shirt)).containsEntry("reserved", 0);

        List<ConsumerRecord<String, String>> levels =
                TestKafka.awaitRecords(Topics.STOCK_LEVELS, second + "/" + mug, 2);
        StockLevel level = EventJson.mapper().readValue(levels.get(1).value(), StockLevel.class);
        assertThat(level.reserved()).isEqualTo(4);
        assertThat(level.available()).isZero();
        List<StockMovement> ledger = Db.read(() -> movements.forOrder(orderId));
        assertThat(ledger).extracting(m -> m.type).containsOnly(MovementType.RESERVATION);
        assertThat(ledger).extracting(m -> m.sku).containsExactlyInAnyOrder(shirt, mug);
    }

    /** The redelivery test: the same approval twice, under its own id and under another, is one pick list. */
    @Test
    void theSameApprovalDeliveredTwiceCreatesOnePickList() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 10);
        UUID orderId = UUID.randomUUID();
        OrderApproved approved = Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 2));

        String id = Deliver.event(Events.ORDER_APPROVED, approved);
        Deliver.event(Events.ORDER_APPROVED, approved, id);
        Deliver.event(Events.ORDER_APPROVED, approved);

        assertThat(Fixtures.pickLists(orderId)).hasSize(1);
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 2);
        assertThat(Db.read(() -> movements.forOrder(orderId)))
                .extracting(m -> m.type)
                .containsExactly(MovementType.RESERVATION);
    }

    @Test
    void anOrderNoSingleWarehouseCanServeIsBackorderedWithoutReserving() {
        String lisbon = Fixtures.newWarehouse();
        String porto = Fixtures.newWarehouse();
        String shirt = Fixtures.newSku();
        String mug = Fixtures.newSku();
        Fixtures.setStock(lisbon, shirt, 5);
        Fixtures.setStock(porto, mug, 5);
        UUID orderId = UUID.randomUUID();

        Deliver.event(
                Events.ORDER_APPROVED,
                Fixtures.approved(orderId, 1, null, new LineQuantity(shirt, 1), new LineQuantity(mug, 1)));

        assertThat(Fixtures.backorders(orderId)).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("status", "WAITING");
            assertThat(b.get("lines").toString()).contains(shirt, mug);
        });
        assertThat(Fixtures.pickLists(orderId)).isEmpty();
        assertThat(Fixtures.stock(lisbon, shirt)).containsEntry("reserved", 0);
        assertThat(Fixtures.stock(porto, mug)).containsEntry("reserved", 0);
        assertThat(Db.read(() -> movements.forOrder(orderId))).isEmpty();
    }

    /** The concurrency test: many approvals for a scarce SKU at once, through Kafka; the ledger never oversells. */
    @Test
    void scarceStockIsNeverOversold() {
        String warehouse = Fixtures.newWarehouse();
        String other = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        Fixtures.setStock(other, sku, 2);
        List<UUID> orders =
                IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();

        orders.forEach(id ->
                TestKafka.publish(Events.ORDER_APPROVED, Fixtures.approved(id, 1, null, new LineQuantity(sku, 1))));

        await().atMost(Fixtures.WAIT)
                .until(() -> Db.read(() -> pickLists.count("orderId in ?1", orders))
                                + Db.read(() -> backorders.count("orderId in ?1", orders))
                        == 12);
        assertThat(Db.read(() -> pickLists.count("orderId in ?1", orders))).isEqualTo(7);
        assertThat(Db.read(() -> backorders.count("orderId in ?1", orders))).isEqualTo(5);
        assertThat(Fixtures.stock(warehouse, sku))
                .containsEntry("onHand", 5)
                .containsEntry("reserved", 5)
                .containsEntry("available", 0);
        assertThat(Fixtures.stock(other, sku)).containsEntry("reserved", 2).containsEntry("available", 0);
        List<StockMovement> ledger = Db.read(() -> movements.list("sku", sku));
        assertThat(ledger).allSatisfy(m -> assertThat(m.reservedAfter).isBetween(0, m.onHandAfter));
        assertThat(ledger.stream()
                        .filter(m -> m.type == MovementType.RESERVATION)
                        .mapToInt(m -> m.quantity)
                        .sum())
                .isEqualTo(7);
    }

    @Test
    void aNewerRevisionReplacesTheOpenPickListAndAnOlderOneIsIgnored() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 10);
        UUID orderId = UUID.randomUUID();
        OrderApproved first = Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 4));
        Deliver.event(Events.ORDER_APPROVED, first);
        Fixtures.awaitPickList(orderId);

        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 2, null, new LineQuantity(sku, 6)));
        assertThat(Fixtures.pickLists(orderId)).hasSize(2);
        Deliver.event(Events.ORDER_APPROVED, first);

        assertThat(Fixtures.pickLists(orderId))
                .extracting(p -> p.get("revision") + ":" + p.get("status"))
                .containsExactlyInAnyOrder("1:SUPERSEDED", "2:OPEN");
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 6);
        assertThat(Db.read(() -> movements.forOrder(orderId)))
                .extracting(m -> m.type + " " + m.quantity)
                .containsExactly("RESERVATION 4", "RELEASE -4", "RESERVATION 6");
    }
}
