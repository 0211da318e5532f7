package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Returns can be requested for shipped orders only; each request is published as {@code return-requested}. */
@QuarkusTest
class ReturnResourceTest {
    @Inject
    ShippedOrderRepository shipments;

    @Test
    void returnOfAShippedOrderIsOpenedAndPublished() throws Exception {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "  Wrong size  ",
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(201)
                .header("Location", containsString("/api/returns/"))
                .body("orderId", equalTo(orderId.toString()))
                .body("status", equalTo("REQUESTED"))
                .body("reason", equalTo("Wrong size"))
                .body("lines[0].sku", equalTo("SKU-A"))
                .body("lines[0].quantity", equalTo(1))
                .body("requestedBy", equalTo("customer-service"))
                .body("requestedAt", notNullValue())
                .extract()
                .path("id");

        given().auth()
                .oauth2(Tokens.of("after-sales"))
                .get("/api/returns/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("lines.sku", contains("SKU-A"));

        ConsumerRecord<String, String> record = TestKafka.awaitRecords(Topics.RETURN_REQUESTED, orderId.toString(), 1)
                .get(0);
        assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(Events.RETURN_REQUESTED.ceType());
        assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/oms/returns-service");
        ReturnRequested event = EventJson.mapper().readValue(record.value(), ReturnRequested.class);
        assertThat(event.returnId()).hasToString(id);
        assertThat(event.reason()).isEqualTo("Wrong size");
        assertThat(event.lines()).containsExactly(new LineQuantity("SKU-A", 1));
        assertThat(event.requestedBy()).isEqualTo("customer-service");
    }

    @Test
    void returnWithoutLinesTakesWhatIsLeftAndIsListedByOrder() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        Fixtures.requestReturn(
                        "after-sales",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "Damaged in transit",
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(201)
                .body("lines.sku", contains("SKU-A"));
        // Without lines: everything still returnable (the other SKU-A and the SKU-B).
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "Second parcel too"))
                .statusCode(201)
                .body("lines.sku", contains("SKU-A", "SKU-B"))
                .body("lines.quantity", contains(1, 1));
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "Once more"))
                .statusCode(409)
                .body("error", equalTo("nothing-returnable"));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", orderId)
                .get("/api/returns")
                .then()
                .statusCode(200)
                .body("reason", contains("Second parcel too", "Damaged in transit"))
                .body("requestedBy", contains("customer-service", "after-sales"));
    }

    @Test
    void returnOfAnOrderThatWasNeverShippedIs409() {
        UUID orderId = UUID.randomUUID();
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "Wrong size"))
                .statusCode(409)
                .body("error", equalTo("order-not-shipped"))
                .body(
                        "message",
                        equalTo("order " + orderId
                                + " has not been shipped; a return can be requested only for a shipped order"));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", orderId)
                .get("/api/returns")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void badRequestsAre400WithEveryBadField() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        Fixtures.requestReturn(
                        "customer-service",
                        Map.of("orderId", orderId, "lines", List.of(Map.of("sku", "", "quantity", 0))))
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details.field", hasItems("reason", "lines[0].sku", "lines[0].quantity"));
        Fixtures.requestReturn("customer-service", Map.of("reason", " "))
                .statusCode(400)
                .body("details.field", hasItems("orderId", "reason"));
        Fixtures.requestReturn("customer-service", Map.of("orderId", "not-a-uuid", "reason", "Wrong size"))
                .statusCode(400)
                .body("error", equalTo("malformed-json"));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", orderId)
                .get("/api/returns")
                .then()
                .body("$", empty());
    }

    @Test
    void unknownReturnIs404() {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/returns/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("error", equalTo("not-found"));
    }

    @Test
    void redeliveredShippedIsRecordedOncePerShipment() {
        UUID orderId = UUID.randomUUID();
        UUID shipmentId = UUID.randomUUID();
        String eventId = Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, shipmentId));
        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, shipmentId), eventId);
        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, shipmentId));
        // Same key, same partition: once the second shipment is there, the repeats were handled.
        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, UUID.randomUUID()));
        Fixtures.awaitShipments(shipments, orderId, 2);

        assertThat(Db.read(() -> shipments.count("orderId", orderId))).isEqualTo(2);
        assertThat(Db.read(() -> shipments.findById(shipmentId)).carrier).isEqualTo("CTT");
    }
}
