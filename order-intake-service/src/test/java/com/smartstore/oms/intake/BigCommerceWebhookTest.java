package com.smartstore.oms.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, part B: BigCommerce's {@code store/order/created} names the order only; intake fetches it from the store's
 * V2 API (here a local stand-in serving the documented response bodies), tries again after transient failures, and
 * takes it as any platform order; a store that does not give it makes a DATA_ERROR case, never a lost order.
 */
@QuarkusTest
@QuarkusTestResource(value = BigCommerceStandIn.class, restrictToAnnotatedClass = true)
class BigCommerceWebhookTest {
    static final String SECRET = "test-only-bigcommerce-secret";

    @Test
    void aPaidOrderIsFetchedFromTheStoreAndTakenOnce() {
        long id = Webhooks.newPlatformId();
        String shirt = Fixtures.newSku();
        String wallet = Fixtures.newSku();
        BigCommerceStandIn.serve("paid-card", id, Map.of("__SKU1__", shirt, "__SKU2__", wallet));
        byte[] body = webhook(id, "store/order/created");

        Response first = post(body, SECRET);
        first.then().statusCode(201).body("externalOrderId", equalTo(Long.toString(id)));
        Fixtures.get(UUID.fromString(first.path("orderId")))
                .body("channel", equalTo("BIGCOMMERCE"))
                .body("currency", equalTo("EUR"))
                .body("customer.name", equalTo("Marta Silva"))
                .body("customer.email", equalTo("marta.silva@example.com"))
                .body("customer.phone", equalTo("+351 913 456 789"))
                .body("shippingAddress.recipient", equalTo("Marta Silva Atelier Silva"))
                .body("shippingAddress.line1", equalTo("Rua dos Fanqueiros 120"))
                .body("shippingAddress.postalCode", equalTo("1100-232"))
                .body("shippingAddress.country", equalTo("PT"))
                .body("lines.sku", contains(shirt, wallet))
                .body("lines.specification", contains("Size: M", null))
                .body("lines.quantity", contains(2, 1))
                .body("lines.unitPrice", contains(22.0f, 15.0f))
                .body("lines.discount", contains(5.0f, 0.0f))
                .body("lines.platformVariantId", contains("145", "160"))
                .body("shippingLines[0].title", equalTo("CTT Expresso"))
                .body("shippingAmount", equalTo(5.0f))
                .body("taxAmount", equalTo(13.57f))
                .body("totalAmount", equalTo(72.57f))
                .body("payment.method", equalTo("ONLINE"))
                .body("payment.paidAt", equalTo("2026-12-01T14:30:00Z"))
                .body("payment.confirmedBy", equalTo("PLATFORM"))
                .body("remarks.specialRequests", equalTo("Ring twice, please."))
                .body("platform.status", equalTo("Awaiting Fulfillment"))
                .body("platform.charged.total", equalTo(72.57f));

        Response again = post(body, SECRET);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.path("orderId").toString()).isEqualTo(first.path("orderId"));
    }

    @Test
    void cashOnDeliveryWithALineWithoutSkuIsHeldForMapping() {
        long id = Webhooks.newPlatformId();
        BigCommerceStandIn.serve("cod-line-without-sku", id, Map.of());
        String orderId = post(webhook(id, "store/order/created"), SECRET)
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        Fixtures.get(UUID.fromString(orderId))
                .body("lines[0].sku", equalTo("bigcommerce:product:93"))
                .body("lines[0].skuSource", equalTo("UNMAPPED"))
                .body("lines[0].specification", equalTo("Engraving: M & J"))
                .body("payment.method", equalTo("CASH_ON_DELIVERY"))
                .body("totalAmount", equalTo(43.05f));
    }

    @Test
    void transientFailuresOfTheStoreAreTriedAgain() {
        long id = Webhooks.newPlatformId();
        BigCommerceStandIn.serve("paid-card", id, Map.of("__SKU1__", Fixtures.newSku(), "__SKU2__", Fixtures.newSku()));
        BigCommerceStandIn.failFirst(id, "order", 2, 503);
        BigCommerceStandIn.failFirst(id, "products", 1, 429);

        post(webhook(id, "store/order/created"), SECRET).then().statusCode(201);
        assertThat(BigCommerceStandIn.calls(id, "order")).isEqualTo(3);
        assertThat(BigCommerceStandIn.calls(id, "products")).isEqualTo(2);
    }

    @Test
    void aStoreThatDoesNotGiveTheOrderMakesACaseNotALoss() {
        long missing = Webhooks.newPlatformId();
        post(webhook(missing, "store/order/created"), SECRET)
                .then()
                .statusCode(202)
                .body("externalOrderId", equalTo(Long.toString(missing)))
                .body("problems", hasItem(startsWith("order " + missing + ": could not be fetched from the store")));
        assertThat(BigCommerceStandIn.calls(missing, "order"))
                .as("a 404 is not tried again")
                .isEqualTo(1);

        long down = Webhooks.newPlatformId();
        BigCommerceStandIn.failFirst(down, "order", 10, 500);
        post(webhook(down, "store/order/created"), SECRET)
                .then()
                .statusCode(202)
                .body("caseId", notNullValue());
        assertThat(BigCommerceStandIn.calls(down, "order"))
                .as("oms.intake.bigcommerce.attempts")
                .isEqualTo(4);
    }

    @Test
    void theSecretHeaderAuthenticatesAndOtherScopesAreAcknowledged() {
        long id = Webhooks.newPlatformId();
        byte[] body = webhook(id, "store/order/created");
        post(body, "wrong-secret").then().statusCode(401).body("error", equalTo("invalid-signature"));
        Webhooks.post("bigcommerce", body, Map.of()).then().statusCode(401);
        assertThat(BigCommerceStandIn.calls(id, "order")).isZero();

        post(webhook(id, "store/order/updated"), SECRET)
                .then()
                .statusCode(200)
                .body("ignored", equalTo(true))
                .body("topic", equalTo("store/order/updated"));
        assertThat(BigCommerceStandIn.calls(id, "order")).isZero();
    }

    private static Response post(byte[] body, String secret) {
        return Webhooks.post("bigcommerce", body, Map.of("X-Webhook-Secret", secret));
    }

    private static byte[] webhook(long id, String scope) {
        return BigCommerceStandIn.resource("webhook/store-order-created.json")
                .replace("__ORDER_ID__", Long.toString(id))
                .replace("__HASH__", UUID.randomUUID().toString().replace("-", ""))
                .replace("store/order/created", scope)
                .getBytes(UTF_8);
    }
}
