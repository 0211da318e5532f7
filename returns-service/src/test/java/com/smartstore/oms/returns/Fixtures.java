package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events as shipping publishes them, and the calls the returns tests share. */
final class Fixtures {

    /** A shipment with two of SKU-A and one of SKU-B, leaving now (the test clock's now). */
    static Shipped shipped(UUID orderId, UUID shipmentId) {
        return shipped(orderId, shipmentId, Instant.now(), new LineQuantity("SKU-A", 2), new LineQuantity("SKU-B", 1));
    }

    static Shipped shipped(UUID orderId, UUID shipmentId, Instant at, LineQuantity... items) {
        return new Shipped(
                orderId,
                shipmentId,
                "CTT",
                "RR123PT",
                LocalDate.of(2026, 12, 3),
                "shipping",
                at,
                "SO-" + orderId.toString().substring(0, 8),
                items.length == 0 ? null : List.of(items),
                null,
                1);
    }

    /** A carrier's delivery of a shipment. */
    static DeliveryUpdated delivered(UUID orderId, UUID shipmentId, Instant at) {
        return new DeliveryUpdated(
                orderId,
                "SO-" + orderId.toString().substring(0, 8),
                shipmentId,
                "CTT",
                "RR123PT",
                DeliveryStatus.DELIVERED,
                at,
                "Taipei",
                "Delivered",
                DeliveryStatus.DELIVERED,
                null,
                at,
                DeliveryUpdated.Source.CARRIER,
                "ev-" + UUID.randomUUID(),
                "carrier:ctt");
    }

    static ProductCatalogEntry product(String sku, String category) {
        return new ProductCatalogEntry(
                sku, "Product " + sku, null, category, new BigDecimal("10.00"), "TWD", true, Instant.now());
    }

    /** Publishes a shipment of a new order and waits until returns knows it was shipped; returns the order id. */
    static UUID shippedOrder(ShippedOrderRepository shipments) {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.SHIPPED, shipped(orderId, UUID.randomUUID()));
        awaitShipments(shipments, orderId, 1);
        return orderId;
    }

    static void awaitShipments(ShippedOrderRepository shipments, UUID orderId, long count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.read(() -> shipments.count("orderId", orderId)) >= count);
    }

    static ValidatableResponse eligibility(Object body) {
        return given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/returns/eligibility")
                .then();
    }

    static ValidatableResponse contact(String ticketId, Object body) {
        return given().auth()
                .oauth2(Tokens.of("after-sales"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/returns/" + ticketId + "/contacts")
                .then();
    }

    static ValidatableResponse requestReturn(String user, Object body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/returns")
                .then();
    }

    private Fixtures() {}
}
