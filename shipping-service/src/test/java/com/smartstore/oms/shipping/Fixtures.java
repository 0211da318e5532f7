package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events as intake, review and warehouse publish them, and the calls the shipping tests share. */
final class Fixtures {
    /** Long enough for a consumer on a machine shared with other builds. */
    static final Duration WAIT = Duration.ofSeconds(60);

    static String orderNumber(UUID orderId) {
        return "SO-" + orderId.toString().substring(0, 8);
    }

    static OrderReceived orderReceived(UUID orderId, int revision, String city, LocalDate requestedShipDate) {
        return OrderBuilder.anOrder()
                .id(orderId)
                .number(orderNumber(orderId))
                .revision(revision)
                .customer(new OrderReceived.Customer("c-test", "Ana Silva", "+351 912 345 678", "ana@example.com"))
                .address(new OrderReceived.Address(null, "Rua Augusta 10", null, city, null, "1100-053", "PT"))
                .line("SKU-A", "T-shirt", "red, M", 2, "12.50")
                .remarks(requestedShipDate == null ? null : new OrderReceived.Remarks(null, null, requestedShipDate))
                .payment(PaymentMethod.ONLINE, "25.00", Instant.now())
                .receivedAt(Instant.now())
                .build();
    }

    static Picked picked(UUID orderId, UUID pickListId) {
        return picked(orderId, pickListId, Map.of("SKU-A", 2));
    }

    /** A pick list of these SKUs and quantities, packed in one parcel. */
    static Picked picked(UUID orderId, UUID pickListId, Map<String, Integer> quantities) {
        return new Picked(
                orderId,
                pickListId,
                "LIS",
                quantities.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new LineQuantity(e.getKey(), e.getValue()))
                        .toList(),
                List.of(new Picked.Parcel(1, new BigDecimal("1.20"))),
                "warehouse",
                Instant.now());
    }

    static OrderCancelRequested cancelRequested(UUID orderId, UUID requestId) {
        return new OrderCancelRequested(
                orderId,
                orderNumber(orderId),
                requestId,
                "PICKED",
                "Customer changed their mind",
                "customer-service",
                Instant.now());
    }

    static OrderApproved approved(UUID orderId, Long sequence) {
        return new OrderApproved(
                orderId,
                orderNumber(orderId),
                1,
                UUID.randomUUID(),
                false,
                "reviewer",
                List.of(new LineQuantity("SKU-A", 2)),
                null,
                Instant.now(),
                sequence);
    }

    static OrderHeld held(UUID orderId, Long sequence) {
        return new OrderHeld(
                orderId,
                orderNumber(orderId),
                1,
                UUID.randomUUID(),
                List.of(new OrderHeld.RuleFailure("payment", "the payment failed")),
                Instant.now(),
                sequence);
    }

    static OrderRejected rejected(UUID orderId, Long sequence) {
        return new OrderRejected(
                orderId,
                orderNumber(orderId),
                1,
                UUID.randomUUID(),
                "BLACKLISTED",
                "the address is on the blacklist",
                "reviewer",
                Instant.now(),
                sequence);
    }

    /** The order is known and its pick list packed: returns the id of the shipment waiting for dispatch. */
    static String packedOrder(UUID orderId, String city) {
        Deliver.event(Events.ORDER_RECEIVED, orderReceived(orderId, 1, city, null));
        Deliver.event(Events.PICKED, picked(orderId, UUID.randomUUID()));
        await().atMost(WAIT).untilAsserted(() -> shipmentsOf(orderId).body("items[0].shipTo.city", equalTo(city)));
        return shipmentsOf(orderId).extract().path("items[0].id");
    }

    /** The order's shipments, as shipping staff see them. */
    static ValidatableResponse shipmentsOf(UUID orderId) {
        return given().auth()
                .oauth2(Tokens.of("shipping"))
                .queryParam("orderId", orderId)
                .get("/api/shipments")
                .then()
                .statusCode(200);
    }

    /** Waits until the order has a shipment and returns its id. */
    static String awaitShipment(UUID orderId) {
        await().atMost(WAIT)
                .until(() -> !shipmentsOf(orderId)
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .isEmpty());
        return shipmentsOf(orderId).extract().path("items[0].id");
    }

    static ValidatableResponse dispatch(String shipmentId, String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/shipments/" + shipmentId + "/dispatch")
                .then();
    }

    private Fixtures() {}
}
