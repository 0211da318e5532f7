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

/**
 * Tickets are opened for the eligible goods of shipped orders only, with the return shipping instructions; each is
 * published as {@code return-requested}; lists are pages (R-X2, R-X3).
 */
@QuarkusTest
class ReturnResourceTest {
    @Inject
    ShippedOrderRepository shipments;

    @Test
    void returnOfAShippedOrderIsOpenedWithItsInstructionsAndPublished() throws Exception {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "CHANGED_MIND",
                                "requestedOutcome",
                                "EXCHANGE",
                                "exchangeSpecification",
                                "size L",
                                "notes",
                                "  Wrong size  ",
                                "photoUrls",
                                List.of("https://img.example/a.jpg"),
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(201)
                .header("Location", containsString("/api/returns/"))
                .body("orderId", equalTo(orderId.toString()))
                .body("status", equalTo("REQUESTED"))
                .body("reason", equalTo("CHANGED_MIND"))
                .body("requestedOutcome", equalTo("EXCHANGE"))
                .body("exchangeSpecification", equalTo("size L"))
                .body("notes", equalTo("Wrong size"))
                .body("photoUrls", contains("https://img.example/a.jpg"))
                .body("lines[0].sku", equalTo("SKU-A"))
                .body("lines[0].quantity", equalTo(1))
                .body("requestedBy", equalTo("customer-service"))
                .body("requestedAt", notNullValue())
                .body("policyVersion", equalTo("2026-12"))
                .body("returnShipping.warehouse", equalTo("WH-RETURNS"))
                .body("returnShipping.address", containsString("Taipei"))
                .body("returnShipping.paidBy", equalTo("CUSTOMER"))
                .body("contactDueAt", notNullValue())
                .body("contactOverdue", equalTo(false))
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
        assertThat(event.reason()).isEqualTo("CHANGED_MIND");
        assertThat(event.notes()).isEqualTo("Wrong size");
        assertThat(event.requestedOutcome()).isEqualTo("EXCHANGE");
        assertThat(event.lines()).containsExactly(new LineQuantity("SKU-A", 1));
        assertThat(event.requestedBy()).isEqualTo("customer-service");
    }

    @Test
    void returnWithoutLinesTakesWhatIsLeftAndIsListedByOrderAsAPage() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        Fixtures.requestReturn(
                        "after-sales",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "DAMAGED_IN_TRANSIT",
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(201)
                .body("lines.sku", contains("SKU-A"))
                .body("returnShipping.paidBy", equalTo("STORE"));
        // Without lines: everything still returnable (the other SKU-A and the SKU-B).
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "QUALITY"))
                .statusCode(201)
                .body("lines.sku", contains("SKU-A", "SKU-B"))
                .body("lines.quantity", contains(1, 1));
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "QUALITY"))
                .statusCode(409)
                .body("error", equalTo("nothing-returnable"));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", orderId)
                .queryParam("size", 1)
                .get("/api/returns")
                .then()
                .statusCode(200)
                .body("items.reason", contains("QUALITY"))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", equalTo(2));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", orderId)
                .queryParam("status", "requested")
                .get("/api/returns")
                .then()
                .statusCode(200)
                .body("items.requestedBy", contains("customer-service", "after-sales"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("status", "LOST")
                .get("/api/returns")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-status"));
    }

    @Test
    void returnOfAnOrderThatWasNeverShippedIs409() {
        UUID orderId = UUID.randomUUID();
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "QUALITY"))
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
                .body("items", empty())
                .body("total", equalTo(0));
    }

    @Test
    void badRequestsAre400WithEveryBadField() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId",
                                orderId,
                                "photoUrls",
                                List.of("javascript:alert(1)"),
                                "lines",
                                List.of(Map.of("sku", "", "quantity", 0))))
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details.field", hasItems("reason", "photoUrls[0]", "lines[0].sku", "lines[0].quantity"));
        Fixtures.requestReturn("customer-service", Map.of("notes", " "))
                .statusCode(400)
                .body("details.field", hasItems("orderId", "reason"));
        Fixtures.requestReturn("customer-service", Map.of("orderId", "not-a-uuid", "reason", "QUALITY"))
                .statusCode(400)
                .body("error", equalTo("malformed-json"));
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "Too small"))
                .statusCode(400);
        Fixtures.requestReturn(
                        "customer-service",
                        Map.of("orderId", orderId, "reason", "QUALITY", "requestedOutcome", "EXCHANGE"))
                .statusCode(400)
                .body("error", equalTo("exchange-specification-missing"));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", orderId)
                .get("/api/returns")
                .then()
                .body("items", empty());
    }

    @Test
    void contactsAreLoggedOnTheTicket() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "QUALITY"))
                .statusCode(201)
                .extract()
                .path("id");

        Fixtures.contact(id, Map.of("channel", "PHONE", "note", "Will send photos"))
                .statusCode(200)
                .body("contacts[0].channel", equalTo("PHONE"))
                .body("contacts[0].note", equalTo("Will send photos"))
                .body("contacts[0].by", equalTo("after-sales"))
                .body("contactedAt", notNullValue());
        Fixtures.contact(id, Map.of("channel", "EMAIL"))
                .statusCode(200)
                .body("contacts.channel", contains("PHONE", "EMAIL"));
        Fixtures.contact(id, Map.of("note", "no channel")).statusCode(400).body("details.field", hasItems("channel"));
        Fixtures.contact(UUID.randomUUID().toString(), Map.of("channel", "SMS"))
                .statusCode(404)
                .body("error", equalTo("not-found"));
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
