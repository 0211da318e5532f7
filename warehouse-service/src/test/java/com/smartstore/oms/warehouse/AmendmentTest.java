package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Amended lines adjust the reservation and the open pick list, or are refused once the goods are picked. */
@QuarkusTest
class AmendmentTest {

    @Inject
    StockMovementRepository movements;

    @Test
    void moreUnitsAreReservedFewerReleasedAndWhatIsMissingBackordered() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        String mug = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        Fixtures.setStock(warehouse, mug, 1);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 2)));
        Fixtures.awaitPickList(orderId);

        amend(orderId, 2, line(1, sku, 4), line(2, mug, 1));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 4);
        assertThat(Fixtures.stock(warehouse, mug)).containsEntry("reserved", 1);
        assertThat(lines(orderId)).contains(sku + "=4", mug + "=1");

        amend(orderId, 3, line(1, sku, 1), line(2, mug, 0));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 1).containsEntry("available", 4);
        assertThat(Fixtures.stock(warehouse, mug)).containsEntry("reserved", 0);
        assertThat(lines(orderId)).contains(sku + "=1").doesNotContain(mug);

        amend(orderId, 4, line(1, sku, 7));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 5).containsEntry("available", 0);
        assertThat(Fixtures.backorders(orderId))
                .singleElement()
                .satisfies(b -> assertThat(b.get("lines").toString()).contains(sku, "quantity=2"));
        TestKafka.awaitRecords(Topics.STOCK_SHORTAGE, sku, 1);

        assertThat(Db.read(() -> movements.forOrder(orderId)))
                .extracting(m -> m.type + " " + m.sku.equals(mug) + " " + m.quantity)
                .containsExactlyInAnyOrder(
                        "RESERVATION false 2",
                        "RESERVATION false 2",
                        "RESERVATION true 1",
                        "RELEASE false -3",
                        "RELEASE true -1",
                        "RESERVATION false 4");
        assertThat(Fixtures.awaitPickList(orderId)).containsEntry("revision", 4);
    }

    @Test
    void anotherVariantReleasesTheOldSkusUnitsAndReservesTheNewOnes() {
        String warehouse = Fixtures.newWarehouse();
        String medium = Fixtures.newSku();
        String large = Fixtures.newSku();
        Fixtures.setStock(warehouse, medium, 5);
        Fixtures.setStock(warehouse, large, 5);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(medium, 2)));
        Fixtures.awaitPickList(orderId);

        // Line 1 moves from size M (2 units) to size L (3 units), as intake publishes it.
        amend(
                orderId,
                2,
                new OrderAmended.LineChange(1, large, "T-shirt", "red, L", 3, new BigDecimal("12.50"), medium, 2));

        assertThat(Fixtures.stock(warehouse, medium))
                .containsEntry("reserved", 0)
                .containsEntry("available", 5);
        assertThat(Fixtures.stock(warehouse, large))
                .containsEntry("reserved", 3)
                .containsEntry("available", 2);
        assertThat(lines(orderId)).contains(large + "=3").doesNotContain(medium);
    }

    @Test
    void anAmendmentAfterThePickIsRefusedWithAnOrderExceptionAndChangesNothing() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(5, 2);
        Fixtures.confirm(order.pickListId(), Map.of()).statusCode(200);

        amend(order.orderId(), 2, line(1, order.sku(), 4));

        OrderException refused = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(
                                        Topics.ORDER_EXCEPTION, order.orderId().toString(), 1)
                                .get(0)
                                .value(),
                        OrderException.class);
        assertThat(refused.type()).isEqualTo(ExceptionType.DATA_ERROR);
        assertThat(refused.stage()).isEqualTo(ExceptionStage.DETECTED);
        assertThat(refused.code()).isEqualTo("AMENDMENT_REFUSED");
        assertThat(refused.description()).contains("picked", order.warehouse());
        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 3)
                .containsEntry("reserved", 0);
        assertThat(Fixtures.awaitPickList(order.orderId())).containsEntry("status", "PICKED");
        assertThat(Fixtures.backorders(order.orderId())).isEmpty();
    }

    private static void amend(UUID orderId, int revision, OrderAmended.LineChange... lines) {
        OrderAmended amended = new OrderAmended(
                orderId,
                "SO-TEST-" + orderId.toString().substring(0, 8),
                revision,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(lines),
                new BigDecimal("10.00"),
                "customer asked",
                "customer-service",
                Instant.now());
        Deliver.event(Events.ORDER_AMENDED, amended);
    }

    private static OrderAmended.LineChange line(int lineNo, String sku, int quantity) {
        return new OrderAmended.LineChange(lineNo, sku, "Product " + sku, null, quantity, new BigDecimal("5.00"));
    }

    /** The open pick list's lines as "sku=quantity". */
    @SuppressWarnings("unchecked")
    private static String lines(UUID orderId) {
        List<Map<String, Object>> lines =
                (List<Map<String, Object>>) Fixtures.awaitPickList(orderId).get("lines");
        return lines.stream()
                .map(l -> l.get("sku") + "=" + l.get("quantity"))
                .toList()
                .toString();
    }
}
