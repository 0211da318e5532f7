package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Inboxes;
import com.smartstore.oms.kit.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls and events the warehouse tests share; SKUs and warehouse codes are unique per test. */
final class Fixtures {
    static final Duration WAIT = Duration.ofSeconds(30);

    static String newSku() {
        return "SKU-" + random();
    }

    static String newWarehouse() {
        return "W" + random();
    }

    static ValidatableResponse putStock(String user, String warehouse, String sku, Object body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/stock/" + warehouse + "/" + sku)
                .then();
    }

    static void setStock(String warehouse, String sku, int onHand) {
        putStock("warehouse", warehouse, sku, Map.of("onHand", onHand)).statusCode(200);
    }

    static ValidatableResponse adjust(String user, String warehouse, String sku, Object body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/stock/" + warehouse + "/" + sku + "/adjustments")
                .then();
    }

    static ValidatableResponse receive(String user, Object body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/receipts")
                .then();
    }

    /** The stock row as {@code GET /api/stock} shows it. */
    static Map<String, Object> stock(String warehouse, String sku) {
        List<Map<String, Object>> rows = given().auth()
                .oauth2(Tokens.of("purchasing"))
                .queryParam("sku", sku)
                .queryParam("warehouse", warehouse)
                .get("/api/stock")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return rows.get(0);
    }

    static OrderApproved approved(UUID orderId, int revision, LocalDate shipDate, LineQuantity... lines) {
        return new OrderApproved(
                orderId,
                "SO-TEST-" + orderId.toString().substring(0, 8),
                revision,
                UUID.randomUUID(),
                true,
                "auto",
                List.of(lines),
                shipDate,
                Instant.now());
    }

    /** An approval carrying review's decision sequence (docs/ORDER-LIFECYCLE.md). */
    static OrderApproved approved(UUID orderId, int revision, long sequence, LineQuantity... lines) {
        return new OrderApproved(
                orderId,
                orderNumber(orderId),
                revision,
                UUID.randomUUID(),
                false,
                "reviewer",
                List.of(lines),
                null,
                Instant.now(),
                sequence);
    }

    /** A hold by review (one failed rule) with its decision sequence. */
    static OrderHeld held(UUID orderId, int revision, long sequence, String rule, String explanation) {
        return new OrderHeld(
                orderId,
                orderNumber(orderId),
                revision,
                UUID.randomUUID(),
                List.of(new OrderHeld.RuleFailure(rule, explanation)),
                Instant.now(),
                sequence);
    }

    /** A rejection by a reviewer with its decision sequence. */
    static OrderRejected rejected(UUID orderId, int revision, long sequence, String reason) {
        return new OrderRejected(
                orderId,
                orderNumber(orderId),
                revision,
                UUID.randomUUID(),
                "FRAUD",
                reason,
                "reviewer",
                Instant.now(),
                sequence);
    }

    /** Shipping's confirmation that the order is cancelled (no parcel left). */
    static OrderCancelled cancelled(UUID orderId) {
        return new OrderCancelled(
                orderId,
                orderNumber(orderId),
                "APPROVED",
                "customer changed their mind",
                "customer-service",
                Instant.now(),
                UUID.randomUUID());
    }

    static String orderNumber(UUID orderId) {
        return "SO-TEST-" + orderId.toString().substring(0, 8);
    }

    /** A pick list as {@code GET /api/pick-lists/{id}} shows it. */
    static Map<String, Object> pickList(String id) {
        return given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/pick-lists/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    static List<Map<String, Object>> pickLists(UUID orderId) {
        return given().auth()
                .oauth2(Tokens.of("warehouse"))
                .queryParam("orderId", orderId)
                .get("/api/pick-lists")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** Waits for the order's only pick list and returns it. */
    static Map<String, Object> awaitPickList(UUID orderId) {
        await().atMost(WAIT).until(() -> !pickLists(orderId).isEmpty());
        List<Map<String, Object>> lists = pickLists(orderId);
        assertThat(lists).hasSize(1);
        return lists.get(0);
    }

    /** A fresh SKU with stock in a fresh warehouse, one approved order for it, and that order's pick list id. */
    record Picking(String warehouse, String sku, UUID orderId, String pickListId) {}

    /** Stocks {@code onHand} units of a new SKU, approves one order of {@code ordered} and waits for its pick list. */
    static Picking orderWithPickList(int onHand, int ordered) {
        String warehouse = newWarehouse();
        String sku = newSku();
        setStock(warehouse, sku, onHand);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, approved(orderId, 1, null, new LineQuantity(sku, ordered)));
        return new Picking(
                warehouse, sku, orderId, (String) awaitPickList(orderId).get("id"));
    }

    static ValidatableResponse confirm(String pickListId, Object body) {
        return given().auth()
                .oauth2(Tokens.of("warehouse"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/pick-lists/" + pickListId + "/confirm")
                .then();
    }

    /** Packs a picked list; a null body packs one parcel. */
    static ValidatableResponse pack(String pickListId, Object body) {
        var request = given().auth().oauth2(Tokens.of("warehouse"));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/pick-lists/" + pickListId + "/pack").then();
    }

    static List<Map<String, Object>> backorders(UUID orderId) {
        return given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("orderId", orderId)
                .get("/api/backorders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** Waits until a consumer of the warehouse has processed this event id. */
    static void awaitProcessed(String consumer, String eventId) {
        Inboxes.awaitProcessed(consumer, eventId);
    }

    private static String random() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Fixtures() {}
}
