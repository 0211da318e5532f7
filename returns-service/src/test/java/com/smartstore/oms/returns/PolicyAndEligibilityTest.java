package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The published policy (open to anyone, zh-TW and en) and the eligibility check against what was shipped, delivered
 * and already returned (R-X1, R-X2), with real PostgreSQL and Keycloak; events handed to the consumers.
 */
@QuarkusTest
class PolicyAndEligibilityTest {
    @Inject
    TestClock clock;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void thePolicyIsPublishedWithoutATokenInEnglishAndTraditionalChinese() {
        given().get("/api/returns/policy")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("version", equalTo("2026-12"))
                .body("language", equalTo("en"))
                .body("windowDays", equalTo(7))
                .body("assumedTransitDays", equalTo(3))
                .body("nonReturnableCategories", contains("gift-cards", "perishables", "underwear"))
                .body("returnShipping.find { it.reason == 'CHANGED_MIND' }.paidBy", equalTo("CUSTOMER"))
                .body("returnShipping.find { it.reason == 'QUALITY' }.paidBy", equalTo("STORE"))
                .body("returnTo.code", equalTo("WH-RETURNS"))
                .body("conditions[0]", containsString("up to 7 days after delivery"));
        given().header("Accept-Language", "zh-TW,zh;q=0.9,en;q=0.8")
                .get("/api/returns/policy")
                .then()
                .statusCode(200)
                .header("Content-Language", "zh-TW")
                .body("conditions[0]", containsString("商品送達後 7 天內"))
                .body("returnShipping.find { it.reason == 'CHANGED_MIND' }.label", equalTo("不想要了"));
        given().header("Accept-Language", "zh-TW")
                .queryParam("lang", "en")
                .get("/api/returns/policy")
                .then()
                .body("language", equalTo("en"));
    }

    @Test
    void aDeliveredOrderIsEligibleUpToDaySevenAndNotOnDayEight() {
        UUID orderId = UUID.randomUUID();
        UUID shipmentId = UUID.randomUUID();
        Instant shippedAt = Instant.parse("2026-12-01T02:00:00Z");
        Instant deliveredAt = Instant.parse("2026-12-02T09:30:00Z");
        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, shipmentId, shippedAt, new LineQuantity("SKU-A", 2)));
        Deliver.event(Events.DELIVERY_UPDATED, Fixtures.delivered(orderId, shipmentId, deliveredAt));

        clock.set(Instant.parse("2026-12-09T23:59:00Z"));
        Fixtures.eligibility(Map.of("orderId", orderId))
                .statusCode(200)
                .body("eligible", equalTo(true))
                .body("reasons", empty())
                .body("lines.sku", contains("SKU-A"))
                .body("lines.quantity", contains(2))
                .body("deliveredAt", equalTo("2026-12-02T09:30:00Z"))
                .body("deliveryConfirmed", equalTo(true))
                .body("deadline", equalTo("2026-12-10T00:00:00Z"))
                .body("policyVersion", equalTo("2026-12"));

        clock.set(Instant.parse("2026-12-10T00:00:00Z"));
        Fixtures.eligibility(Map.of("orderId", orderId))
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("reasons.code", contains("window-closed"));
        Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "CHANGED_MIND"))
                .statusCode(409)
                .body("error", equalTo("window-closed"))
                .body("message", containsString("closed at 2026-12-10T00:00:00Z"));
    }

    @Test
    void withoutADeliveryTheWindowCountsFromShipTimePlusTransit() {
        UUID orderId = UUID.randomUUID();
        Instant shippedAt = clock.instant().minus(Duration.ofDays(12)).truncatedTo(ChronoUnit.DAYS);
        Deliver.event(
                Events.SHIPPED, Fixtures.shipped(orderId, UUID.randomUUID(), shippedAt, new LineQuantity("SKU-A", 1)));

        Fixtures.eligibility(Map.of("orderId", orderId))
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("deliveryConfirmed", equalTo(false))
                .body("deliveredAt", equalTo(shippedAt.plus(Duration.ofDays(3)).toString()))
                .body("reasons[0].message", containsString("from the assumed delivery"));
    }

    @Test
    void linesAreCheckedAgainstShippedMinusReturnedAndTheCatalogueCategory() {
        UUID orderId = UUID.randomUUID();
        String briefs = "BRIEFS-" + UUID.randomUUID().toString().substring(0, 8);
        Deliver.event(Events.PRODUCT_CATALOG, Fixtures.product(briefs, "Underwear"));
        Deliver.event(
                Events.SHIPPED,
                Fixtures.shipped(
                        orderId,
                        UUID.randomUUID(),
                        Instant.now(),
                        new LineQuantity("SKU-A", 2),
                        new LineQuantity(briefs, 1)));
        Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "CHANGED_MIND",
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(201);

        Fixtures.eligibility(Map.of(
                        "orderId",
                        orderId,
                        "lines",
                        List.of(
                                Map.of("sku", "SKU-A", "quantity", 2),
                                Map.of("sku", briefs, "quantity", 1),
                                Map.of("sku", "SKU-Z", "quantity", 1))))
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body(
                        "reasons.code",
                        contains("quantity-exceeds-returnable", "category-not-returnable", "sku-not-shipped"))
                .body("reasons.sku", contains("SKU-A", briefs, "SKU-Z"))
                .body(
                        "reasons[0].message",
                        equalTo("line SKU-A: 2 asked for, but only 1 of the 2 shipped can still be returned"
                                + " (1 already on return tickets)"));
        Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "CHANGED_MIND",
                                "lines",
                                List.of(Map.of("sku", briefs, "quantity", 1))))
                .statusCode(422)
                .body("error", equalTo("category-not-returnable"))
                .body("message", equalTo("line " + briefs + ": category Underwear cannot be returned"));
        // Without lines, the non-returnable SKU is left out.
        Fixtures.eligibility(Map.of("orderId", orderId))
                .body("eligible", equalTo(true))
                .body("lines.sku", contains("SKU-A"));
    }

    @Test
    void aShipmentWithoutItemsCountsTheOrdersLinesAsShipped() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(
                Events.ORDER_RECEIVED,
                OrderBuilder.anOrder()
                        .id(orderId)
                        .line("MUG-1", 3, "12.00", "0.00")
                        .build());
        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, UUID.randomUUID(), Instant.now()));

        Fixtures.eligibility(Map.of("orderId", orderId))
                .statusCode(200)
                .body("eligible", equalTo(true))
                .body("lines.sku", hasItem("MUG-1"))
                .body("lines.find { it.sku == 'MUG-1' }.quantity", equalTo(3));
    }

    @Test
    void anOrderReturnsNeverSawShippedIsNotEligible() {
        Fixtures.eligibility(Map.of("orderId", UUID.randomUUID()))
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("reasons.code", contains("order-not-shipped"))
                .body("deadline", nullValue());
        Fixtures.eligibility(Map.of("lines", List.of())).statusCode(400).body("details.field", hasItem("orderId"));
    }
}
