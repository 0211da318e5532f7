package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls the intake tests share. */
final class Fixtures {

    static Map<String, Object> order(String sku, int quantity, String unitPrice, String paid) {
        return Map.of(
                "customer", Map.of("name", "Ana Silva", "phone", "+351 912 345 678", "email", "ana@example.com"),
                "shippingAddress",
                        Map.of("line1", "Rua Augusta 10", "city", "Lisboa", "postalCode", "1100-053", "country", "PT"),
                "lines",
                        List.of(Map.of(
                                "sku",
                                sku,
                                "productName",
                                "T-shirt",
                                "specification",
                                "red, M",
                                "quantity",
                                quantity,
                                "unitPrice",
                                unitPrice)),
                "remarks", Map.of("giftNote", "Happy birthday!", "requestedShipDate", "2026-12-01"),
                "payment", Map.of("method", "ONLINE", "amount", paid, "paidAt", "2026-11-27T09:00:00Z"));
    }

    /** Creates an order as the order clerk and returns its id. */
    static UUID createOrder(String sku) {
        return UUID.fromString(given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(order(sku, 2, "12.50", "25.00"))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** The order as customer service sees it. */
    static ValidatableResponse get(UUID id) {
        return given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/orders/" + id)
                .then()
                .statusCode(200);
    }

    static String orderNumber(UUID id) {
        return get(id).extract().path("orderNumber");
    }

    /** Waits until the order shows the status (events are consumed asynchronously). */
    static ValidatableResponse awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(get(id).extract().path("status")));
        return get(id);
    }

    /** Moves an order to PICKED or SHIPPED as the warehouse and shipping would report it. */
    static void reach(UUID id, String status) {
        if (status.equals("PICKED")) {
            Deliver.event(
                    Events.PICKED,
                    new Picked(
                            id,
                            UUID.randomUUID(),
                            "LIS",
                            List.of(new LineQuantity("SKU", 1)),
                            List.of(),
                            "warehouse",
                            Instant.now()));
        } else {
            Deliver.event(
                    Events.SHIPPED,
                    new Shipped(id, UUID.randomUUID(), "CTT", "RR1PT", null, "shipping", Instant.now()));
        }
        awaitStatus(id, status);
    }

    /** The {@code order-received} event intake published for the order (waits for it). */
    static OrderReceived awaitOrderReceived(String orderId) throws JsonProcessingException {
        return EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.ORDER_RECEIVED, orderId, 1)
                                .get(0)
                                .value(),
                        OrderReceived.class);
    }

    static String newSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Fixtures() {}
}
