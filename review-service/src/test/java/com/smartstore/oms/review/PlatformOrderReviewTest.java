package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.LifecycleFixtures.amendLines;
import static com.smartstore.oms.review.LifecycleFixtures.cancelled;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.heldOnlyFor;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.reviewsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Orders from platforms as intake takes them since issue 10 (never refused, carried as given), through the consumer:
 * each kind of doubtful platform order is held for the rule that explains it, and passes once a clerk fixed it.
 */
@QuarkusTest
class PlatformOrderReviewTest {

    @Test
    void unusableContactIsHeldForAReviewer() {
        String sku = newSku();
        catalogued(sku, "10.00", 5);
        OrderReceived order = anOrder()
                .line(sku, 1, "10.00")
                .contact("Okafor", "call me: 912 ABC", null)
                .charged("10.00")
                .build();

        OrderHeld held = heldOnlyFor(order, "contact-usable");

        assertThat(held.failedRules().get(0).explanation())
                .contains("the phone number is not one we can dial (it has letters)")
                .contains("there is no usable phone or e-mail");
    }

    @Test
    void anUnmappedLineHoldsTheOrderUntilAClerkMapsIt() {
        String sku = newSku();
        String bowl = newSku();
        catalogued(sku, "10.00", 5);
        catalogued(bowl, "21.00", 5);
        OrderReceived order = anOrder()
                .line(sku, 1, "10.00")
                .unmappedLine("7712300000002", "4412300000002", 1, "21.00")
                .charged("31.00")
                .build();

        OrderHeld held = heldOnlyFor(order, "sku-mapped");
        assertThat(held.failedRules().get(0).explanation()).contains("line 2 (Hand-painted Bowl");

        // Intake's line mapping: the placeholder is the previous SKU, the platform's price stays.
        amendLines(
                order,
                List.of(new OrderAmended.LineChange(
                        2,
                        bowl,
                        "Hand-painted Bowl",
                        null,
                        1,
                        new BigDecimal("21.00"),
                        "shopify:variant:4412300000002",
                        1)),
                "31.00");
        assertThat(awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1)).hasSize(1);
    }

    /** Issue 10: the warehouse could not pick a placeholder SKU, so no reviewer lets such an order go on. */
    @Test
    void aReviewerCannotApproveWhileALineHasNoSkuOfOurs() {
        String sku = newSku();
        catalogued(sku, "10.00", 5);
        OrderReceived order = anOrder()
                .line(sku, 1, "10.00")
                .unmappedLine("7712300000003", "4412300000003", 1, "21.00")
                .charged("31.00")
                .build();
        String reviewId = heldOnlyFor(order, "sku-mapped").reviewId().toString();

        for (String user : List.of("reviewer", "trainee")) {
            given().auth()
                    .oauth2(Tokens.of(user))
                    .post("/api/reviews/" + reviewId + "/approve")
                    .then()
                    .statusCode(409)
                    .body("error", equalTo("unmapped-lines"))
                    .body("message", containsString("line 2"));
        }
        reviewsOf(order.orderId()).body("items[0].status", equalTo("PENDING"));
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "not a product we sell"))
                .post("/api/reviews/" + reviewId + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void aPlatformTotalOursDoesNotReachIsHeldWithTheDifferenceExplained() {
        String sku = newSku();
        catalogued(sku, "12.00", 5);
        OrderReceived order = anOrder()
                .line(sku, 2, "12.00")
                .platform(new OrderReceived.Platform(
                        "#1101",
                        false,
                        "paid",
                        null,
                        null,
                        new OrderReceived.Amounts(
                                new BigDecimal("27.00"),
                                new BigDecimal("24.00"),
                                null,
                                null,
                                null,
                                true,
                                new BigDecimal("3.00")),
                        "EUR",
                        null,
                        null,
                        null))
                .build();

        OrderHeld held = heldOnlyFor(order, "platform-totals");

        assertThat(held.failedRules().get(0).explanation())
                .contains("The platform charged 27.00 EUR but the order's lines, shipping and tax add up to 24.00")
                .contains("fees, tips, duties 3.00");
    }

    @Test
    void aTestOrderIsHeldAndAnOrderCancelledOnThePlatformClosesWithItsCancellation() {
        String sku = newSku();
        catalogued(sku, "5.00", 5);
        OrderReceived test = anOrder()
                .line(sku, 1, "5.00")
                .platform(new OrderReceived.Platform("#1102", true, "paid", null, null, null, "EUR", null, null, null))
                .build();
        heldOnlyFor(test, "platform-status");

        OrderReceived cancelledOnPlatform = anOrder()
                .line(sku, 1, "5.00")
                .platform(new OrderReceived.Platform(
                        "#1103",
                        false,
                        "voided",
                        Instant.parse("2026-11-28T15:10:00Z"),
                        "customer",
                        null,
                        "EUR",
                        null,
                        null,
                        null))
                .build();
        OrderHeld held = heldOnlyFor(cancelledOnPlatform, "platform-status");
        assertThat(held.failedRules().get(0).explanation()).contains("intake asked for its cancellation");
        cancelled(cancelledOnPlatform);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> reviewsOf(cancelledOnPlatform.orderId()).body("items.status", contains("CANCELLED")));
    }

    @Test
    void anotherCurrencyPassesWhenThePlatformSettlesItInTheShopsAndIsHeldOtherwise() {
        String sku = newSku();
        catalogued(sku, "45.00", 5);
        OrderReceived converted = anOrder()
                .currency("USD")
                .lineInShopCurrency(sku, 2, "48.90", "45.00")
                .platform(new OrderReceived.Platform(
                        "#1104",
                        false,
                        "paid",
                        null,
                        null,
                        new OrderReceived.Amounts(new BigDecimal("97.80"), null, null, null, null, true, null),
                        "EUR",
                        new OrderReceived.Amounts(new BigDecimal("90.00"), null, null, null, null, true, null),
                        null,
                        null))
                .build();
        deliverOrder(converted);
        assertThat(awaitEvents(Events.ORDER_APPROVED, converted.orderId(), 1)).hasSize(1);

        OrderReceived foreign = anOrder().currency("USD").line(sku, 1, "48.90").build();
        deliverOrder(foreign);
        OrderHeld held = awaitEvents(Events.ORDER_HELD, foreign.orderId(), 1).get(0);
        // Nobody says what 48.90 USD is in euros: the high-value threshold (in EUR) cannot be checked either.
        assertThat(held.failedRules())
                .extracting(OrderHeld.RuleFailure::rule)
                .containsExactlyInAnyOrder("price-matches-catalogue", "currency-settled", "high-order-value");
    }
}
