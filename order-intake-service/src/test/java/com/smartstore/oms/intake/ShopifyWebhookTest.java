package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shopify {@code orders/create} as Shopify sends it: signed, retried, concurrent, and mapped faithfully. */
@QuarkusTest
class ShopifyWebhookTest {
    @Inject
    OrderRepository orders;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Test
    void signedOrderIsStoredWithEveryFieldMappedAndPublished() throws Exception {
        long shopifyId = Webhooks.newPlatformId();
        String shirt = Fixtures.newSku();
        String tote = Fixtures.newSku();
        byte[] body = Webhooks.shopifyOrder(shopifyId, shirt, tote);

        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .body("externalOrderId", equalTo(Long.toString(shopifyId)))
                .body("totalAmount", equalTo(69.70f))
                .extract()
                .path("orderId");

        Fixtures.get(UUID.fromString(id))
                .body("channel", equalTo("SHOPIFY"))
                .body("externalOrderId", equalTo(Long.toString(shopifyId)))
                .body("customer.name", equalTo("Inês Costa"))
                .body("customer.email", equalTo("ines.costa@example.com"))
                .body("customer.phone", equalTo("+351912345678"))
                .body("shippingAddress.recipient", equalTo("Inês Costa"))
                .body("shippingAddress.line1", equalTo("Rua Garrett 19"))
                .body("shippingAddress.line2", equalTo("2º Esq"))
                .body("shippingAddress.postalCode", equalTo("1200-203"))
                .body("shippingAddress.country", equalTo("PT"))
                .body("lines.sku", contains(shirt, tote))
                .body("lines.productName", contains("Organic Cotton T-Shirt", "Canvas Tote Bag"))
                .body("lines.specification", contains("Red / M", "Monogram: IC"))
                .body("lines.quantity", contains(2, 1))
                .body("lines.unitPrice", contains(24.0f, 24.0f))
                .body("lines.discount", contains(4.80f, 2.40f))
                .body("lines.total", contains(43.20f, 21.60f))
                .body("discountAmount", equalTo(7.20f))
                .body("shippingLines[0].title", equalTo("Standard Shipping"))
                .body("shippingLines[0].amount", equalTo(4.90f))
                .body("shippingAmount", equalTo(4.90f))
                .body("taxAmount", equalTo(0.0f))
                .body("totalAmount", equalTo(69.70f))
                .body("remarks.specialRequests", equalTo("Please leave the parcel with the concierge."))
                .body("remarks.giftNote", equalTo("Parabéns, Rita!"))
                .body("payment.method", equalTo("ONLINE"))
                .body("payment.amount", equalTo(69.70f))
                .body("payment.paidAt", equalTo("2026-11-27T09:14:32Z"))
                .body("history.status", contains("RECEIVED"));

        OrderReceived event = Fixtures.awaitOrderReceived(id);
        assertThat(event.channel()).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(event.totalAmount()).isEqualByComparingTo(event.payment().amount());

        List<WebhookDelivery> kept = Db.read(() -> deliveries.ofExternalOrder("shopify", Long.toString(shopifyId)));
        assertThat(kept).singleElement().satisfies(d -> {
            assertThat(d.outcome).isEqualTo(WebhookDelivery.Outcome.CREATED);
            assertThat(d.origin).isEqualTo("smart-store-demo.myshopify.com");
            assertThat(d.topic).isEqualTo("orders/create");
            assertThat(d.deliveryId).isNotBlank();
            assertThat(d.headers).contains("x-shopify-webhook-id");
            assertThat(d.payload).isEqualTo(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(d.orderId).hasToString(id);
        });
    }

    @Test
    void unsignedOrTamperedDeliveriesAre401AndNothingIsStored() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = Webhooks.shopifyHeaders(body);

        Map<String, String> unsigned = new java.util.HashMap<>(headers);
        unsigned.remove("X-Shopify-Hmac-Sha256");
        Webhooks.post("shopify", body, unsigned).then().statusCode(401).body("error", equalTo("invalid-signature"));

        byte[] tampered = Webhooks.replace(body, "\"total_price\": \"69.70\"", "\"total_price\": \"0.01\"");
        Webhooks.post("shopify", tampered, headers).then().statusCode(401).body("error", equalTo("invalid-signature"));

        Map<String, String> otherSecret = new java.util.HashMap<>(headers);
        otherSecret.put(
                "X-Shopify-Hmac-Sha256", Webhooks.wooCommerceHeaders(body).get("X-WC-Webhook-Signature"));
        Webhooks.post("shopify", body, otherSecret).then().statusCode(401);

        assertThat(Db.read(() -> orders.count("externalOrderId", Long.toString(shopifyId))))
                .isZero();
        assertThat(Db.read(() -> deliveries.ofExternalOrder("shopify", Long.toString(shopifyId))))
                .isEmpty();
    }

    @Test
    void twentyConcurrentDeliveriesOfOneOrderCreateOneOrderAndOneEvent() throws Exception {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = Webhooks.shopifyHeaders(body);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Webhooks.post("shopify", body, headers);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                ids.add(response.path("orderId"));
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));

            String id = ids.get(0);
            assertThat(Db.read(() -> orders.count("externalOrderId", Long.toString(shopifyId))))
                    .isEqualTo(1);
            assertThat(TestKafka.awaitRecords(Topics.ORDER_RECEIVED, id, 1)).hasSize(1);
            // A platform's order names nobody as having keyed it in (issue 13).
            assertThat(Fixtures.awaitOrderReceived(id).enteredBy()).isNull();
            List<WebhookDelivery> kept = Db.read(() -> deliveries.ofExternalOrder("shopify", Long.toString(shopifyId)));
            assertThat(kept).hasSize(20).allSatisfy(d -> assertThat(d.orderId).hasToString(id));
            assertThat(kept)
                    .filteredOn(d -> d.outcome == WebhookDelivery.Outcome.CREATED)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedDeliveryGetsTheSameAnswer() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku());
        String first = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String retry = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void anOrderThatCannotBeMappedIsACaseKeptWithItsDeliveries() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.replace(
                Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku()),
                "\"country_code\": \"PT\",\n    \"province_code\": \"11\"\n  },\n  \"shipping_lines\"",
                "\"country_code\": null,\n    \"province_code\": \"11\"\n  },\n  \"shipping_lines\"");

        String first = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(202)
                .body("type", equalTo("DATA_ERROR"))
                .body("problems", contains("shipping_address.country_code: is missing or blank"))
                .extract()
                .asString();
        String retry = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(202)
                .extract()
                .asString();
        assertThat(retry).isEqualTo(first);

        assertThat(Db.read(() -> orders.count("externalOrderId", Long.toString(shopifyId))))
                .isZero();
        List<WebhookDelivery> kept = Db.read(() -> deliveries.ofExternalOrder("shopify", Long.toString(shopifyId)));
        assertThat(kept).hasSize(2).allSatisfy(d -> {
            assertThat(d.caseId).isNotNull();
            assertThat(d.orderId).isNull();
        });
        assertThat(kept)
                .extracting(d -> d.outcome)
                .containsExactly(WebhookDelivery.Outcome.CASE_OPENED, WebhookDelivery.Outcome.DUPLICATE);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("source", "shopify")
                .queryParam("outcome", "CASE_OPENED")
                .get("/api/webhook-deliveries")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(kept.get(0).id.toString()))
                .body("items.outcome", org.hamcrest.Matchers.everyItem(equalTo("CASE_OPENED")));
    }

    @Test
    void anotherTopicIsAcknowledgedAndAnUnknownSourceIs404() {
        byte[] body = Webhooks.shopifyOrder(Webhooks.newPlatformId(), Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = new java.util.HashMap<>(Webhooks.shopifyHeaders(body));
        headers.put("X-Shopify-Topic", "customers/update");
        Webhooks.post("shopify", body, headers)
                .then()
                .statusCode(200)
                .body("ignored", equalTo(true))
                .body("topic", equalTo("customers/update"));

        Webhooks.post("magento", body, headers).then().statusCode(404).body("error", equalTo("not-found"));
        Webhooks.post("shopify", body, Map.of()).then().statusCode(401).body("details", nullValue());
    }
}
