package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.contracts.events.StockShortage;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shortage story (R-W3..R-W6): a short pick backorders the missing units and reports them; purchasing
 * orders a restock whose expected date goes out with the shortage; the receipt serves the older waiting order
 * before the newer one.
 */
@QuarkusTest
class ShortPickFlowTest {
    @Inject
    StockMovementRepository movements;

    @Test
    void aShortPickIsReportedRestockedAndTheOlderWaitingOrderIsServedFirst() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 3);
        UUID older = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(older, 1, null, new LineQuantity(sku, 3)));
        String listId = (String) Fixtures.awaitPickList(older).get("id");

        // The picker finds 1 of 3.
        Fixtures.confirm(listId, Map.of("lines", List.of(Map.of("sku", sku, "quantity", 1))))
                .statusCode(200)
                .body("status", equalTo("PICKED"))
                .body("lines[0].quantity", equalTo(3))
                .body("lines[0].pickedQuantity", equalTo(1));
        assertThat(Fixtures.stock(warehouse, sku))
                .containsEntry("onHand", 0)
                .containsEntry("reserved", 0)
                .containsEntry("available", 0);
        assertThat(Db.read(() -> movements.forOrder(older)))
                .extracting(m -> m.type + " " + m.quantity)
                .containsExactly("RESERVATION 3", "PICK -1", "SHORT_PICK -2");
        assertThat(Fixtures.backorders(older))
                .singleElement()
                .satisfies(
                        b -> assertThat(b).containsEntry("reason", "SHORT_PICK").containsEntry("warehouse", warehouse));
        StockShortage shortPick = lastShortage(sku, 1);
        assertThat(shortPick.reason()).isEqualTo(ShortageReason.SHORT_PICK);
        assertThat(shortPick.warehouse()).isEqualTo(warehouse);
        assertThat(shortPick.waitingOrders()).containsExactly(new OrderQuantity(older, 2));

        // Packing sends what was picked.
        Fixtures.pack(listId, Map.of("parcels", List.of(Map.of("weightKg", 0.5))))
                .statusCode(200);
        Picked picked = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.PICKED, older.toString(), 1)
                                .get(0)
                                .value(),
                        Picked.class);
        assertThat(picked.lines()).containsExactly(new LineQuantity(sku, 1));

        // A newer order for the same SKU waits too; both are in the shortage.
        UUID newer = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(newer, 1, null, new LineQuantity(sku, 2)));
        await().atMost(Fixtures.WAIT).until(() -> !Fixtures.backorders(newer).isEmpty());
        StockShortage both = lastShortage(sku, 2);
        assertThat(both.reason()).isEqualTo(ShortageReason.BACKORDER);
        assertThat(both.quantity()).isEqualTo(4);
        assertThat(both.waitingOrders()).containsExactly(new OrderQuantity(older, 2), new OrderQuantity(newer, 2));

        // Purchasing orders 2; the expected date goes out with the shortage and shows on the waiting orders.
        LocalDate expected = LocalDate.now().plusDays(4);
        String requestId = purchase(sku, 2, expected.minusDays(1));
        assertThat(lastShortage(sku, 3).expectedArrival()).isEqualTo(expected.minusDays(1));
        patch(requestId, Map.of("expectedArrival", expected.toString(), "status", "IN_TRANSIT"));
        assertThat(lastShortage(sku, 4).expectedArrival()).isEqualTo(expected);
        assertThat(Fixtures.backorders(newer)).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("expectedArrival", expected.toString());
            assertThat(b.get("lines").toString()).contains(requestId, "IN_TRANSIT");
        });

        // The receipt of 2 serves the older order only.
        Fixtures.receive(
                        "warehouse",
                        Map.of("warehouse", warehouse, "sku", sku, "quantity", 2, "purchaseRequestId", requestId))
                .statusCode(200)
                .body("served.orderId", contains(older.toString()));
        StockReplenished replenished = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.STOCK_REPLENISHED, sku, 1)
                                .get(0)
                                .value(),
                        StockReplenished.class);
        assertThat(replenished.servedOrders()).containsExactly(new OrderQuantity(older, 2));
        assertThat(replenished.availableAfter()).isZero();
        assertThat(replenished.receivedBy()).isEqualTo("warehouse");
        assertThat(Fixtures.pickLists(older))
                .extracting(p -> p.get("status"))
                .containsExactlyInAnyOrder("PACKED", "OPEN");
        assertThat(Fixtures.backorders(older)).isEmpty();
        assertThat(Fixtures.backorders(newer)).hasSize(1);
        assertThat(Fixtures.pickLists(newer)).isEmpty();
    }

    @Test
    void aConfirmationNamingALineTheListDoesNotHaveOrTooManyUnitsChangesNothing() {
        Fixtures.Picking order = Fixtures.orderWithPickList(2, 2);

        Fixtures.confirm(order.pickListId(), Map.of("lines", List.of(Map.of("lineNo", 7, "quantity", 1))))
                .statusCode(422)
                .body("error", equalTo("unknown-line"))
                .body("message", startsWith("lines[0].lineNo: "));
        Fixtures.confirm(order.pickListId(), Map.of("lines", List.of(Map.of("lineNo", 1, "sku", "", "quantity", 1))))
                .statusCode(422)
                .body("error", equalTo("unknown-line"))
                .body("message", startsWith("lines[0]: "));
        Fixtures.confirm(order.pickListId(), Map.of("lines", List.of(Map.of("sku", order.sku(), "quantity", 3))))
                .statusCode(422)
                .body("error", equalTo("picked-more-than-listed"))
                .body("message", startsWith("lines[0].quantity: "));
        Fixtures.confirm(order.pickListId(), Map.of("lines", List.of(Map.of("quantity", 1))))
                .statusCode(400)
                .body("error", equalTo("validation-failed"));
        Fixtures.confirm(order.pickListId(), Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", -1))))
                .statusCode(400);

        assertThat(Fixtures.awaitPickList(order.orderId())).containsEntry("status", "OPEN");
        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 2)
                .containsEntry("reserved", 2);

        // By line number: nothing found at all leaves the list EMPTY and the order waiting for both units.
        Fixtures.confirm(order.pickListId(), Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 0))))
                .statusCode(200)
                .body("status", equalTo("EMPTY"));
        Fixtures.pack(order.pickListId(), null).statusCode(409);
        assertThat(Fixtures.backorders(order.orderId()))
                .singleElement()
                .satisfies(b -> assertThat(b.get("lines").toString()).contains("quantity=2"));
    }

    /** The shortages published for the SKU so far; waits for at least {@code count} and returns the last. */
    private static StockShortage lastShortage(String sku, int count) throws Exception {
        var records = TestKafka.awaitRecords(Topics.STOCK_SHORTAGE, sku, count);
        return EventJson.mapper().readValue(records.get(records.size() - 1).value(), StockShortage.class);
    }

    private static String purchase(String sku, int quantity, LocalDate expectedArrival) {
        return given().auth()
                .oauth2(Tokens.of("purchasing"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "sku",
                        sku,
                        "quantity",
                        quantity,
                        "supplier",
                        "Tecidos Lda",
                        "expectedArrival",
                        expectedArrival.toString()))
                .post("/api/purchase-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void patch(String id, Object body) {
        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/purchase-requests/" + id)
                .then()
                .statusCode(200);
    }
}
