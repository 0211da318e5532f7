package com.smartstore.oms.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.review.domain.CatalogProduct;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Inputs and observations the review tests share: events as intake and warehouse publish them, handed to the
 * consumers directly (processed when the call returns), and reading back.
 */
final class ReviewFixtures {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static String newSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String deliverProduct(String sku, String price, Instant updatedAt) {
        return Deliver.event(
                Events.PRODUCT_CATALOG,
                new ProductCatalogEntry(
                        sku, "Product " + sku, "red, M", "shirts", new BigDecimal(price), "EUR", true, updatedAt));
    }

    static String deliverStock(String warehouse, String sku, int available, Instant updatedAt) {
        return Deliver.event(Events.STOCK_LEVELS, new StockLevel(warehouse, sku, available, 0, available, updatedAt));
    }

    /** A product at this price with this many units in each of two warehouses, projected before returning. */
    static void catalogued(String sku, String price, int unitsPerWarehouse) {
        Instant now = Instant.now();
        deliverProduct(sku, price, now);
        deliverStock("LIS", sku, unitsPerWarehouse, now);
        deliverStock("POR", sku, unitsPerWarehouse, now);
    }

    static String deliverOrder(OrderReceived order) {
        return Deliver.event(Events.ORDER_RECEIVED, order);
    }

    static CatalogProduct catalogProduct(String sku) {
        return Db.read(() -> Panache.getSession().chain(s -> s.find(CatalogProduct.class, sku)));
    }

    /** The events of one order on a topic, waiting until there are at least {@code count}. */
    static <T extends OmsEvent> List<T> awaitEvents(EventType<T> type, UUID orderId, int count) {
        return TestKafka.awaitRecords(type.topic(), orderId.toString(), count).stream()
                .map(r -> {
                    try {
                        return EventJson.mapper().readValue(r.value(), type.payloadClass());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The reviews of one order, newest first, as the reviewer sees them. */
    static ValidatableResponse reviewsOf(UUID orderId) {
        return given().auth()
                .oauth2(Tokens.of("reviewer"))
                .queryParam("orderId", orderId.toString())
                .get("/api/reviews")
                .then()
                .statusCode(200);
    }

    static List<String> awaitReviewIds(UUID orderId, int count) {
        await().atMost(PATIENCE)
                .until(() -> reviewsOf(orderId)
                                .extract()
                                .jsonPath()
                                .getList("items.id")
                                .size()
                        >= count);
        return reviewsOf(orderId).extract().jsonPath().getList("items.id", String.class);
    }

    static ValidatableResponse review(String id) {
        return given().auth()
                .oauth2(Tokens.of("reviewer"))
                .get("/api/reviews/" + id)
                .then()
                .statusCode(200);
    }

    /** An order held for a wrong price (catalogue 12.50, ordered at 10.00) from this channel. */
    static OrderHeld heldForWrongPrice(SalesChannel channel) {
        String sku = newSku();
        catalogued(sku, "12.50", 10);
        OrderReceived order =
                OrderBuilder.anOrder().line(sku, 2, "10.00").channel(channel).build();
        deliverOrder(order);
        return awaitEvents(Events.ORDER_HELD, order.orderId(), 1).get(0);
    }

    /** Publishes the order and returns its {@code order-held}, checking that exactly this rule failed. */
    static OrderHeld heldOnlyFor(OrderReceived order, String rule) {
        deliverOrder(order);
        OrderHeld held = awaitEvents(Events.ORDER_HELD, order.orderId(), 1).get(0);
        org.assertj.core.api.Assertions.assertThat(held.failedRules())
                .extracting(OrderHeld.RuleFailure::rule)
                .containsExactly(rule);
        return held;
    }

    /** Changes a review row directly, for states that would otherwise take hours (a passed deadline). */
    static void updateReview(String reviewId, String set) {
        Db.tx(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("update review set " + set + " where id = :id")
                        .setParameter("id", UUID.fromString(reviewId))
                        .executeUpdate()));
    }

    private ReviewFixtures() {}
}
