package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Events as shipping publishes them, and the calls the returns tests share. */
final class Fixtures {

    static Shipped shipped(UUID orderId, UUID shipmentId) {
        return new Shipped(orderId, shipmentId, "CTT", "RR123PT", LocalDate.of(2026, 12, 3), "shipping", Instant.now());
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
