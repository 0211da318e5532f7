package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A packed pick list becomes a shipment waiting for dispatch; dispatching it publishes {@code shipped}. */
@QuarkusTest
class ShipmentResourceTest {
    @Inject
    OrderInfoRepository orders;

    @Test
    void pickedOrderIsDispatchedAndShippedIsPublished() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID pickListId = UUID.randomUUID();
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Lisboa", LocalDate.of(2026, 12, 1)));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> assertThat(orderKnown(orderId)).isTrue());
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, pickListId));
        String id = Fixtures.awaitShipment(orderId);

        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/shipments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITING_DISPATCH"))
                .body("orderNumber", equalTo("SO-" + orderId.toString().substring(0, 8)))
                .body("pickListId", equalTo(pickListId.toString()))
                .body("warehouse", equalTo("LIS"))
                .body("parcels[0].number", equalTo(1))
                .body("items[0].sku", equalTo("SKU-A"))
                .body("requestedShipDate", equalTo("2026-12-01"))
                .body("shipTo.recipient", equalTo("Ana Silva"))
                .body("shipTo.city", equalTo("Lisboa"))
                .body("createdAt", notNullValue());

        Fixtures.dispatch(
                        id,
                        "shipping",
                        Map.of("carrier", "CTT", "trackingNumber", "RR123PT", "estimatedDelivery", "2026-12-03"))
                .statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("shippedBy", equalTo("shipping"))
                .body("shippedAt", notNullValue())
                .body("carrier", equalTo("CTT"))
                .body("trackingNumber", equalTo("RR123PT"));

        ConsumerRecord<String, String> record =
                TestKafka.awaitRecords(Topics.SHIPPED, orderId.toString(), 1).get(0);
        assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(Events.SHIPPED.ceType());
        assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/oms/shipping-service");
        Shipped shipped = EventJson.mapper().readValue(record.value(), Shipped.class);
        assertThat(shipped.shipmentId()).hasToString(id);
        assertThat(shipped.carrier()).isEqualTo("CTT");
        assertThat(shipped.trackingNumber()).isEqualTo("RR123PT");
        assertThat(shipped.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(shipped.shippedBy()).isEqualTo("shipping");
        // What a customer notification needs (R-S3).
        assertThat(shipped.orderNumber()).isEqualTo(Fixtures.orderNumber(orderId));
        assertThat(shipped.items()).extracting(LineQuantity::sku).containsExactly("SKU-A");
        assertThat(shipped.trackingUrl()).endsWith("objects=RR123PT");
        assertThat(shipped.shipmentNumber()).isEqualTo(1);
    }

    @Test
    void theSecondShipmentOfAnOrderToLeaveIsNumberTwo() throws Exception {
        UUID orderId = UUID.randomUUID();
        String first = Fixtures.packedOrder(orderId, "Porto");
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.shipmentsOf(orderId)
                                .extract()
                                .jsonPath()
                                .getList("items.id")
                                .size()
                        == 2);
        String second = Fixtures.shipmentsOf(orderId).extract().jsonPath().<String>getList("items.id").stream()
                .filter(id -> !id.equals(first))
                .findFirst()
                .orElseThrow();

        Fixtures.dispatch(second, "shipping", Map.of("carrier", "UPS", "trackingNumber", "1Z0001"))
                .statusCode(200);
        Fixtures.dispatch(first, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR2PT"))
                .statusCode(200);

        List<Integer> numbers = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : TestKafka.awaitRecords(Topics.SHIPPED, orderId.toString(), 2)) {
            Shipped shipped = EventJson.mapper().readValue(r.value(), Shipped.class);
            numbers.add(
                    shipped.shipmentId().toString().equals(second)
                            ? shipped.shipmentNumber()
                            : -shipped.shipmentNumber());
        }
        assertThat(numbers).containsExactlyInAnyOrder(1, -2);
    }

    @Test
    void dispatchingTwiceIsAConflictAndPublishesOnce() {
        UUID orderId = UUID.randomUUID();
        String id = Fixtures.packedOrder(orderId, "Faro");
        Fixtures.dispatch(id, "warehouse", Map.of("carrier", "DHL", "trackingNumber", "JD0001"))
                .statusCode(200);

        Fixtures.dispatch(id, "shipping", Map.of("carrier", "UPS", "trackingNumber", "1Z999"))
                .statusCode(409)
                .body("error", equalTo("shipment-not-waiting"))
                .body("message", containsString("only a shipment WAITING_DISPATCH can be dispatched"));

        given().auth()
                .oauth2(Tokens.of("shipping"))
                .get("/api/shipments/" + id)
                .then()
                .body("carrier", equalTo("DHL"))
                .body("shippedBy", equalTo("warehouse"));
        List<ConsumerRecord<String, String>> shipped = TestKafka.awaitRecords(Topics.SHIPPED, orderId.toString(), 1);
        assertThat(shipped).hasSize(1);
    }

    @Test
    void aShipmentWithoutTheOrdersAddressWaitsForTheOrderBeforeItCanLeave() {
        UUID orderId = UUID.randomUUID();
        // Issue 17 case 9: picked overtook order-received; there is no label to print yet.
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        String id = Fixtures.awaitShipment(orderId);

        Fixtures.dispatch(id, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR8PT"))
                .statusCode(409)
                .body("error", equalTo("waiting-for-order"))
                .body("message", containsString("waiting for the order's address"));
        Fixtures.shipmentsOf(orderId).body("items[0].status", equalTo("WAITING_DISPATCH"));

        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo("Faro")));
        Fixtures.dispatch(id, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR8PT"))
                .statusCode(200)
                .body("orderNumber", equalTo(Fixtures.orderNumber(orderId)));
    }

    @Test
    void dispatchWithoutCarrierOrTrackingNumberIs400() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        String id = Fixtures.awaitShipment(orderId);

        Fixtures.dispatch(id, "shipping", Map.of("trackingNumber", " ", "estimatedDelivery", "2026-12-03"))
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details.field", hasItems("carrier", "trackingNumber"));
        Fixtures.dispatch(id, "shipping", Map.of("carrier", "CTT", "trackingNumber", "X", "estimatedDelivery", "soon"))
                .statusCode(400)
                .body("error", equalTo("malformed-json"));
        Fixtures.dispatch(id, "shipping", Map.of("carrier", "Pigeon Post", "trackingNumber", "P1"))
                .statusCode(400)
                .body("error", equalTo("unknown-carrier"))
                .body("message", containsString("CTT"));

        Fixtures.shipmentsOf(orderId).body("items.status", hasItems("WAITING_DISPATCH"));
    }

    @Test
    void theListIsAPageThatSaysHowManyThereAre() {
        UUID orderId = UUID.randomUUID();
        Fixtures.packedOrder(orderId, "Lisboa");
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("total", equalTo(2)));

        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; page < 2; page++) {
            ids.add(given().auth()
                    .oauth2(Tokens.of("customer-service"))
                    .queryParam("orderId", orderId)
                    .queryParam("page", page)
                    .queryParam("size", 1)
                    .get("/api/shipments")
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(1))
                    .body("total", equalTo(2))
                    .body("items.size()", equalTo(1))
                    .extract()
                    .path("items[0].id"));
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void unknownShipmentIs404() {
        String unknown = UUID.randomUUID().toString();
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/shipments/" + unknown)
                .then()
                .statusCode(404)
                .body("error", equalTo("not-found"));
        Fixtures.dispatch(unknown, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR1PT"))
                .statusCode(404);
    }

    private boolean orderKnown(UUID orderId) {
        return Db.read(() -> orders.findById(orderId)) != null;
    }
}
