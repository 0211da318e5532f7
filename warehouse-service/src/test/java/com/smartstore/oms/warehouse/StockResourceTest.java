package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.StockMovement;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Setting and reading stock: answered, recorded in the ledger, and published on {@code stock-levels}. */
@QuarkusTest
class StockResourceTest {
    @Inject
    StockMovementRepository movements;

    @Test
    void settingStockAnswersTheLevelRecordsItAndPublishesIt() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.putStock("warehouse", warehouse, sku, Map.of("onHand", 12))
                .statusCode(200)
                .body("warehouse", equalTo(warehouse))
                .body("sku", equalTo(sku))
                .body("onHand", equalTo(12))
                .body("reserved", equalTo(0))
                .body("available", equalTo(12))
                .body("updatedAt", notNullValue());
        Fixtures.putStock("purchasing", warehouse, sku, Map.of("onHand", 8))
                .statusCode(200)
                .body("available", equalTo(8));

        List<ConsumerRecord<String, String>> records =
                TestKafka.awaitRecords(Topics.STOCK_LEVELS, warehouse + "/" + sku, 2);
        assertThat(TestKafka.header(records.get(1), CloudEventHeaders.TYPE)).isEqualTo(Events.STOCK_LEVELS.ceType());
        StockLevel latest = EventJson.mapper().readValue(records.get(1).value(), StockLevel.class);
        assertThat(latest.onHand()).isEqualTo(8);
        assertThat(latest.available()).isEqualTo(8);

        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("sku", sku)
                .get("/api/stock")
                .then()
                .statusCode(200)
                .body("items.warehouse", contains(warehouse))
                .body("items.onHand", contains(8));

        List<StockMovement> ledger = Db.read(() -> movements.forStock(warehouse, sku));
        assertThat(ledger).extracting(m -> m.type).containsExactly(MovementType.SET, MovementType.SET);
        assertThat(ledger).extracting(m -> m.quantity).containsExactly(12, -4);
        assertThat(ledger).extracting(m -> m.actor).containsExactly("warehouse", "purchasing");
    }

    @Test
    void stockCannotBeSetBelowWhatApprovedOrdersHaveReserved() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, null, new LineQuantity(sku, 3)));
        await().atMost(Fixtures.WAIT)
                .until(() -> (int) Fixtures.stock(warehouse, sku).get("reserved") == 3);

        Fixtures.putStock("warehouse", warehouse, sku, Map.of("onHand", 2))
                .statusCode(409)
                .body("error", equalTo("below-reserved"))
                .body("message", containsString("3 units reserved"));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("onHand", 5);

        Fixtures.putStock("warehouse", warehouse, sku, Map.of("onHand", 3))
                .statusCode(200)
                .body("reserved", equalTo(3))
                .body("available", equalTo(0));
    }

    @Test
    void badInputIsRefusedWithTheFieldsToFix() {
        String sku = Fixtures.newSku();
        Fixtures.putStock("warehouse", "LIS", sku, Map.of("onHand", -1))
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details.field", hasItem("onHand"));
        Fixtures.putStock("warehouse", "LIS", sku, Map.of()).statusCode(400).body("details.field", hasItem("onHand"));
        Fixtures.putStock("warehouse", "LIS", sku, "{\"onHand\": \"many\"}")
                .statusCode(400)
                .body("error", equalTo("malformed-json"));
        Fixtures.putStock("warehouse", "has space", sku, Map.of("onHand", 1))
                .statusCode(400)
                .body("error", equalTo("invalid-warehouse"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("sku", sku)
                .get("/api/stock")
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
