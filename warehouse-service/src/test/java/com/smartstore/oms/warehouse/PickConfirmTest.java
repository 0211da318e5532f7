package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Confirming picks and packing: the goods leave the shelf, {@code picked} goes out once packed, and a list is
 * confirmed and packed only once.
 */
@QuarkusTest
class PickConfirmTest {
    @Inject
    StockMovementRepository movements;

    @Test
    void confirmingWithParcelsPicksAndPacksInOneStepAndPublishesPicked() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(10, 3);

        Fixtures.confirm(
                        order.pickListId(),
                        Map.of("parcels", List.of(Map.of("weightKg", 0.4), Map.of("weightKg", 1.2))))
                .statusCode(200)
                .body("status", equalTo("PACKED"))
                .body("lines[0].pickedQuantity", equalTo(3))
                .body("packedBy", equalTo("warehouse"))
                .body("pickedBy", equalTo("warehouse"))
                .body("pickedAt", notNullValue())
                .body("parcels.number", contains(1, 2));

        ConsumerRecord<String, String> record = TestKafka.awaitRecords(
                        Topics.PICKED, order.orderId().toString(), 1)
                .get(0);
        assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(Events.PICKED.ceType());
        Picked picked = EventJson.mapper().readValue(record.value(), Picked.class);
        assertThat(picked.pickListId()).hasToString(order.pickListId());
        assertThat(picked.warehouse()).isEqualTo(order.warehouse());
        assertThat(picked.lines()).containsExactly(new LineQuantity(order.sku(), 3));
        assertThat(picked.parcels()).extracting(Picked.Parcel::number).containsExactly(1, 2);
        assertThat(picked.parcels().get(0).weightKg()).isEqualByComparingTo(new BigDecimal("0.4"));
        assertThat(picked.pickedBy()).isEqualTo("warehouse");

        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 7)
                .containsEntry("reserved", 0)
                .containsEntry("available", 7);
        assertThat(Db.read(() -> movements.forOrder(order.orderId())))
                .extracting(m -> m.type + " " + m.quantity + " by " + m.actor)
                .containsExactly("RESERVATION 3 by system", "PICK -3 by warehouse");
        TestKafka.awaitRecords(Topics.STOCK_LEVELS, order.warehouse() + "/" + order.sku(), 3);

        Fixtures.confirm(order.pickListId(), Map.of()).statusCode(409).body("error", equalTo("pick-list-not-open"));
        queue("OPEN").body("items.id", not(hasItem(order.pickListId())));
        queue("PACKED").body("items.id", hasItem(order.pickListId()));
    }

    @Test
    void confirmWithoutABodyPicksEverythingAndOnlyPackingPublishesPicked() {
        Fixtures.Picking order = Fixtures.orderWithPickList(1, 1);

        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .post("/api/pick-lists/" + order.pickListId() + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("PICKED"))
                .body("lines[0].pickedQuantity", equalTo(1))
                .body("parcels", empty());
        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 0)
                .containsEntry("reserved", 0);
        assertThat(TestKafka.records(
                        Topics.PICKED, r -> order.orderId().toString().equals(r.key())))
                .isEmpty();
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .contentType(ContentType.JSON)
                .post("/api/pick-lists/" + order.pickListId() + "/confirm")
                .then()
                .statusCode(409)
                .body("error", equalTo("pick-list-not-open"));

        Fixtures.pack(order.pickListId(), null)
                .statusCode(200)
                .body("status", equalTo("PACKED"))
                .body("parcels.number", contains(1))
                .body("parcels[0].weightKg", equalTo(null));
        TestKafka.awaitRecords(Topics.PICKED, order.orderId().toString(), 1);
        Fixtures.pack(order.pickListId(), Map.of("count", 2))
                .statusCode(409)
                .body("error", equalTo("pick-list-not-picked"));
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/pick-lists/" + order.pickListId())
                .then()
                .statusCode(200)
                .body("status", equalTo("PACKED"))
                .body("parcels.number", contains(1));
    }

    @Test
    void packingRecordsAParcelCountAndIsRefusedBeforeThePick() {
        Fixtures.Picking order = Fixtures.orderWithPickList(2, 2);

        Fixtures.pack(order.pickListId(), Map.of("count", 2))
                .statusCode(409)
                .body("error", equalTo("pick-list-not-picked"));
        Fixtures.confirm(order.pickListId(), Map.of()).statusCode(200).body("status", equalTo("PICKED"));
        Fixtures.pack(order.pickListId(), Map.of("count", 0)).statusCode(400);
        Fixtures.pack(order.pickListId(), Map.of("count", 2)).statusCode(200).body("parcels.number", contains(1, 2));
        Fixtures.pack(UUID.randomUUID().toString(), Map.of()).statusCode(404);
    }

    @Test
    void theQueueShowsTheEarliestShipDateFirst() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 10);
        UUID later = UUID.randomUUID();
        UUID sooner = UUID.randomUUID();
        UUID undated = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(undated, 1, null, new LineQuantity(sku, 1)));
        Deliver.event(
                Events.ORDER_APPROVED,
                Fixtures.approved(later, 1, LocalDate.parse("2030-01-02"), new LineQuantity(sku, 1)));
        Deliver.event(
                Events.ORDER_APPROVED,
                Fixtures.approved(sooner, 1, LocalDate.parse("2030-01-01"), new LineQuantity(sku, 1)));
        List.of(later, sooner, undated).forEach(Fixtures::awaitPickList);

        List<String> queue = queue("OPEN").extract().jsonPath().getList("items.orderId");
        assertThat(queue).containsSubsequence(sooner.toString(), later.toString(), undated.toString());
    }

    @Test
    void badConfirmationsAreRefused() {
        Fixtures.confirm(UUID.randomUUID().toString(), Map.of()).statusCode(404).body("error", equalTo("not-found"));
        Fixtures.confirm(UUID.randomUUID().toString(), Map.of("parcels", List.of(Map.of("weightKg", -1))))
                .statusCode(400)
                .body("error", equalTo("validation-failed"));
    }

    private static ValidatableResponse queue(String status) {
        return given().auth()
                .oauth2(Tokens.of("warehouse"))
                .queryParam("status", status)
                .get("/api/pick-lists")
                .then()
                .statusCode(200);
    }
}
