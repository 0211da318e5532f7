package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The stock ledger read newest first, and adjustments with a reason that never break the stock rules. */
@QuarkusTest
class StockLedgerTest {

    @Test
    void theLedgerListsEveryMovementNewestFirstWithFiltersAndPages() {
        String lisbon = Fixtures.newWarehouse();
        String porto = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(lisbon, sku, 5);
        Fixtures.setStock(porto, sku, 2);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 4)));
        Fixtures.awaitPickList(orderId);
        Fixtures.adjust("purchasing", lisbon, sku, Map.of("delta", 3, "reason", "found behind the shelf"))
                .statusCode(200);

        ledger("manager")
                .queryParam("sku", sku)
                .get("/api/stock/movements")
                .then()
                .statusCode(200)
                .body("items.type", contains("ADJUSTMENT", "RESERVATION", "SET", "SET"))
                .body("items.warehouse", contains(lisbon, lisbon, porto, lisbon))
                .body("items.quantity", contains(3, 4, 2, 5))
                .body("items[0].reason", equalTo("found behind the shelf"))
                .body("items[0].by", equalTo("purchasing"))
                .body("items[0].at", notNullValue())
                .body("items[0].id", notNullValue())
                .body("items[1].orderId", equalTo(orderId.toString()))
                .body("items[1].by", equalTo("system"));

        ledger("warehouse")
                .queryParam("sku", sku)
                .queryParam("warehouse", lisbon)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get("/api/stock/movements")
                .then()
                .statusCode(200)
                .body("items.type", contains("SET"))
                .body("items.quantity", contains(5));
        ledger("purchasing")
                .queryParam("orderId", orderId)
                .get("/api/stock/movements")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sku", equalTo(sku));
        ledger("manager")
                .queryParam("size", 0)
                .get("/api/stock/movements")
                .then()
                .statusCode(400)
                .body("details.field", hasItem("size"));
    }

    @Test
    void anAdjustmentIsRecordedWithItsReasonAndPublished() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 10);

        Fixtures.adjust("warehouse", warehouse, sku, Map.of("delta", -3, "reason", "water damage"))
                .statusCode(200)
                .body("onHand", equalTo(7))
                .body("available", equalTo(7));

        List<ConsumerRecord<String, String>> records =
                TestKafka.awaitRecords(Topics.STOCK_LEVELS, warehouse + "/" + sku, 2);
        StockLevel level = EventJson.mapper().readValue(records.get(1).value(), StockLevel.class);
        assertThat(level.onHand()).isEqualTo(7);
        ledger("warehouse")
                .queryParam("sku", sku)
                .get("/api/stock/movements")
                .then()
                .body("items[0].type", equalTo("ADJUSTMENT"))
                .body("items[0].quantity", equalTo(-3))
                .body("items[0].onHandAfter", equalTo(7))
                .body("items[0].reason", equalTo("water damage"))
                .body("items[0].by", equalTo("warehouse"));
    }

    @Test
    void anAdjustmentCannotTakeStockNegativeOrBelowWhatIsReserved() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 3)));
        Fixtures.awaitPickList(orderId);

        Fixtures.adjust("warehouse", warehouse, sku, Map.of("delta", -3, "reason", "lost"))
                .statusCode(409)
                .body("error", equalTo("below-reserved"))
                .body("message", containsString("3 units reserved"));
        Fixtures.adjust("warehouse", warehouse, sku, Map.of("delta", -6, "reason", "lost"))
                .statusCode(409)
                .body("error", equalTo("negative-stock"));
        Fixtures.adjust("warehouse", Fixtures.newWarehouse(), sku, Map.of("delta", -1, "reason", "lost"))
                .statusCode(409)
                .body("error", equalTo("negative-stock"));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("onHand", 5).containsEntry("reserved", 3);

        Fixtures.adjust("warehouse", warehouse, sku, Map.of("delta", -2, "reason", "lost"))
                .statusCode(200)
                .body("onHand", equalTo(3))
                .body("available", equalTo(0));
    }

    @Test
    void anAdjustmentNeedsANonZeroDeltaAndAReason() {
        String sku = Fixtures.newSku();
        Fixtures.adjust("warehouse", "LIS", sku, Map.of("delta", 0, "reason", " "))
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details.field", contains("delta", "reason"));
        Fixtures.adjust("warehouse", "LIS", sku, Map.of()).statusCode(400).body("details.field", hasItem("delta"));
        Fixtures.adjust("warehouse", "has space", sku, Map.of("delta", 1, "reason", "x"))
                .statusCode(400)
                .body("error", equalTo("invalid-warehouse"));
    }

    private static RequestSpecification ledger(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
