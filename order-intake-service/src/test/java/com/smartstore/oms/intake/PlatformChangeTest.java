package com.smartstore.oms.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, part B: the order's later life on the platform goes through the lifecycle's own flows (a cancellation is
 * a request shipping confirms, an address change an amendment, a payment or refund a recorded payment), once per
 * delivery id, with stale updates ignored, and never a 4xx for an authentic delivery.
 */
@QuarkusTest
class PlatformChangeTest {
    @Inject
    WebhookDeliveryRepository deliveries;

    @Test
    void aCancellationOnShopifyIsARequestThatShippingConfirms() {
        long platformId = Webhooks.newPlatformId();
        UUID id = createShopifyOrder(platformId, "paid");
        byte[] cancelled =
                later("shopify/orders-cancelled", platformId, Map.of("__UPDATED_AT__", "2026-11-27T12:00:01+01:00"));
        Map<String, String> headers = shopify(cancelled, "orders/cancelled");

        Response first = Webhooks.post("shopify", cancelled, headers);
        first.then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("orderId", equalTo(id.toString()))
                .body("applied", contains("cancellation requested", "refund recorded: 69.70 EUR"))
                .body("notApplied", empty());
        OrderCancelRequested request = CancellationTest.requests(id, 1).get(0);
        assertThat(request.requestedBy()).isEqualTo("webhook/shopify");
        assertThat(request.reason()).startsWith("cancelled on Shopify (customer)");

        // Shopify's retry of the same delivery: the same answer, nothing new.
        Response again = Webhooks.post("shopify", cancelled, headers);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).isEqualTo(first.asString());
        // orders/updated sent beside it (same updated_at): nothing left to do.
        Webhooks.post("shopify", cancelled, shopify(cancelled, "orders/updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));
        assertThat(CancellationTest.requests(id, 1)).hasSize(1);
        PaymentTest.payments(id, "finance").then().body("status", contains("REFUNDED"));

        // Shipping, the authority, confirms: the order is CANCELLED.
        Deliver.event(
                Events.ORDER_CANCELLED,
                new OrderCancelled(
                        id,
                        request.orderNumber(),
                        request.statusAtRequest(),
                        request.reason(),
                        request.requestedBy(),
                        Instant.now(),
                        request.requestId()));
        Fixtures.awaitStatus(id, "CANCELLED").body("cancellation.requestedBy", equalTo("webhook/shopify"));
        assertThat(outcomes(platformId))
                .containsExactly(
                        WebhookDelivery.Outcome.CREATED,
                        WebhookDelivery.Outcome.APPLIED,
                        WebhookDelivery.Outcome.DUPLICATE,
                        WebhookDelivery.Outcome.UNCHANGED);
    }

    @Test
    void anAddressChangeIsAnAmendmentAndAnOlderUpdateIsIgnored() {
        long platformId = Webhooks.newPlatformId();
        UUID id = createShopifyOrder(platformId, "paid");
        byte[] newer = later(
                "shopify/orders-updated",
                platformId,
                Map.of("__UPDATED_AT__", "2026-11-27T11:30:00+01:00", "__ADDRESS1__", "Avenida da Liberdade 110"));
        byte[] older = later(
                "shopify/orders-updated",
                platformId,
                Map.of("__UPDATED_AT__", "2026-11-27T11:00:00+01:00", "__ADDRESS1__", "Rua Augusta 5"));

        Webhooks.post("shopify", newer, shopify(newer, "orders/updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("applied", contains("amended: shippingAddress"));
        Webhooks.post("shopify", older, shopify(older, "orders/updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("STALE"))
                .body("applied", empty());
        Fixtures.get(id)
                .body("shippingAddress.line1", equalTo("Avenida da Liberdade 110"))
                .body("shippingAddress.postalCode", equalTo("1250-146"));
        assertThat(TestKafka.awaitRecords(Topics.ORDER_AMENDED, id.toString(), 1))
                .hasSize(1);
        Webhooks.post("shopify", newer, shopify(newer, "orders/updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));
    }

    @Test
    void shopifySaysPaidAndThePaymentIsRecordedOnce() throws Exception {
        long platformId = Webhooks.newPlatformId();
        UUID id = createShopifyOrder(platformId, "pending");
        Fixtures.get(id).body("payment.confirmedBy", nullValue());
        byte[] paid = later("shopify/orders-paid", platformId, Map.of("__UPDATED_AT__", "2026-11-27T10:20:00+01:00"));
        Map<String, String> headers = shopify(paid, "orders/paid");

        Response first = Webhooks.post("shopify", paid, headers);
        first.then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("applied", contains("payment captured: 69.70 EUR"));
        assertThat(Webhooks.post("shopify", paid, headers).asString()).isEqualTo(first.asString());
        Webhooks.post("shopify", paid, shopify(paid, "orders/updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));

        PaymentTest.payments(id, "finance")
                .then()
                .body("", hasSize(1))
                .body("[0].status", equalTo("CAPTURED"))
                .body("[0].provider", equalTo("shopify"))
                .body("[0].amount", equalTo(69.70f));
        PaymentRecorded recorded = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.PAYMENT_RECORDED, id.toString(), 1)
                                .get(0)
                                .value(),
                        PaymentRecorded.class);
        assertThat(recorded.source()).isEqualTo("PROVIDER");
        assertThat(recorded.capturedTotal()).isEqualByComparingTo("69.70");
    }

    @Test
    void aPartialRefundIsRecordedAndARefundOfEverythingBeforeDispatchIsACancellation() {
        long platformId = Webhooks.newPlatformId();
        UUID id = createShopifyOrder(platformId, "paid");
        byte[] partial = later("shopify/refunds-create", platformId, Map.of("__AMOUNT__", "10.00"));
        Webhooks.post("shopify", partial, shopify(partial, "refunds/create"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("applied", contains("refund recorded: 10.00 EUR"));
        Fixtures.get(id).body("cancellation", nullValue());

        byte[] rest = later("shopify/refunds-create", platformId, Map.of("__AMOUNT__", "59.70"));
        Webhooks.post("shopify", rest, shopify(rest, "refunds/create"))
                .then()
                .statusCode(200)
                .body("applied", contains("refund recorded: 59.70 EUR", "cancellation requested"));
        assertThat(CancellationTest.requests(id, 1).get(0).reason()).isEqualTo("refunded in full on shopify");
        PaymentTest.payments(id, "finance").then().body("status", contains("REFUNDED", "REFUNDED"));
    }

    @Test
    void aCancellationAfterDispatchIsNotAppliedAndShownInTheHistory() {
        long platformId = Webhooks.newPlatformId();
        UUID id = createShopifyOrder(platformId, "paid");
        Fixtures.reach(id, "SHIPPED");
        byte[] cancelled =
                later("shopify/orders-cancelled", platformId, Map.of("__UPDATED_AT__", "2026-11-29T12:00:00+01:00"));
        Webhooks.post("shopify", cancelled, shopify(cancelled, "orders/cancelled"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("applied", contains("refund recorded: 69.70 EUR"))
                .body("notApplied", contains(containsString("cancellation: SHIPPED")));
        Fixtures.get(id)
                .body("status", equalTo("SHIPPED"))
                .body("history.detail", hasItem(containsString("platform orders/cancelled not applied: cancellation")));
        assertThat(TestKafka.records(
                        Topics.ORDER_CANCEL_REQUESTED, r -> id.toString().equals(r.key())))
                .isEmpty();
    }

    @Test
    void anUpdateOfAnOrderNeverReceivedBecomesTheOrderAndARefundOfOneIsKept() {
        long platformId = Webhooks.newPlatformId();
        byte[] updated = later(
                "shopify/orders-updated",
                platformId,
                Map.of("__UPDATED_AT__", "2026-11-27T11:30:00+01:00", "__ADDRESS1__", "Rua Augusta 5"));
        Map<String, String> headers = shopify(updated, "orders/updated");
        String orderId = Webhooks.post("shopify", updated, headers)
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        Webhooks.post("shopify", updated, headers).then().statusCode(200).body("orderId", equalTo(orderId));
        Fixtures.get(UUID.fromString(orderId)).body("shippingAddress.line1", equalTo("Rua Augusta 5"));

        long unknown = Webhooks.newPlatformId();
        byte[] refund = later("shopify/refunds-create", unknown, Map.of("__AMOUNT__", "5.00"));
        Webhooks.post("shopify", refund, shopify(refund, "refunds/create"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("UNKNOWN_ORDER"))
                .body("orderId", nullValue());
        assertThat(outcomes(unknown)).containsExactly(WebhookDelivery.Outcome.UNKNOWN_ORDER);
    }

    /**
     * An update the platform made before the state the order was created from (sent first, delivered late) is stale:
     * the order's creation records the platform's {@code updated_at} / {@code date_modified_gmt}, as an update does.
     */
    @Test
    void anUpdateOlderThanTheCreationIsIgnored() {
        long platformId = Webhooks.newPlatformId();
        UUID id = createShopifyOrder(platformId, "paid"); // updated_at 2026-11-27T10:14:34+01:00
        byte[] older = later(
                "shopify/orders-updated",
                platformId,
                Map.of("__UPDATED_AT__", "2026-11-27T10:14:00+01:00", "__ADDRESS1__", "Rua Augusta 5"));
        Webhooks.post("shopify", older, shopify(older, "orders/updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("STALE"));
        Fixtures.get(id).body("shippingAddress.line1", not(equalTo("Rua Augusta 5")));

        long wooId = Webhooks.newPlatformId();
        byte[] created = woo(wooId, "processing", "2026-11-27T10:20:12");
        UUID wooOrder = UUID.fromString(Webhooks.post("woocommerce", created, wooHeaders(created, "order.created"))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId"));
        byte[] olderCancel = woo(wooId, "cancelled", "2026-11-27T10:10:00");
        Webhooks.post("woocommerce", olderCancel, wooHeaders(olderCancel, "order.updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("STALE"));
        Fixtures.get(wooOrder).body("cancellation", nullValue());
    }

    @Test
    void wooCommerceStatusChangesAndDeletion() {
        long platformId = Webhooks.newPlatformId();
        byte[] pending = woo(platformId, "pending", "2026-11-27T10:20:12");
        String orderId = Webhooks.post("woocommerce", pending, wooHeaders(pending, "order.created"))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        UUID id = UUID.fromString(orderId);

        byte[] processing = woo(platformId, "processing", "2026-11-27T10:25:41");
        Webhooks.post("woocommerce", processing, wooHeaders(processing, "order.updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("applied", contains("payment captured: 38.13 EUR"));
        byte[] onHold = woo(platformId, "on-hold", "2026-11-27T11:00:00");
        Webhooks.post("woocommerce", onHold, wooHeaders(onHold, "order.updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("NOT_APPLIED"))
                .body("notApplied", contains(containsString("on-hold")));
        byte[] staleCancel = woo(platformId, "cancelled", "2026-11-27T10:59:00");
        Webhooks.post("woocommerce", staleCancel, wooHeaders(staleCancel, "order.updated"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("STALE"));
        Fixtures.get(id).body("cancellation", nullValue());

        byte[] deleted = later("woocommerce/order-deleted", platformId, Map.of());
        Webhooks.post("woocommerce", deleted, wooHeaders(deleted, "order.deleted"))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("applied", contains("cancellation requested"));
        OrderCancelRequested request = CancellationTest.requests(id, 1).get(0);
        assertThat(request.requestedBy()).isEqualTo("webhook/woocommerce");
        assertThat(request.reason()).isEqualTo("deleted on WooCommerce");
        PaymentTest.payments(id, "finance").then().body("status", contains("CAPTURED"));
    }

    private UUID createShopifyOrder(long platformId, String financialStatus) {
        byte[] body = Webhooks.replace(
                Webhooks.shopifyOrder(platformId, Fixtures.newSku(), Fixtures.newSku()),
                "\"financial_status\": \"paid\"",
                "\"financial_status\": \"" + financialStatus + "\"");
        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        return UUID.fromString(id);
    }

    private static byte[] woo(long platformId, String status, String modified) {
        return later(
                "woocommerce/order-updated-paid", platformId, Map.of("__STATUS__", status, "__UPDATED_AT__", modified));
    }

    private java.util.List<WebhookDelivery.Outcome> outcomes(long platformId) {
        return Db.read(() -> deliveries.list("externalOrderId = ?1 order by receivedAt", Long.toString(platformId)))
                .stream()
                .map(d -> d.outcome)
                .toList();
    }

    private static Map<String, String> shopify(byte[] body, String topic) {
        Map<String, String> headers = Webhooks.shopifyHeaders(body);
        headers.put("X-Shopify-Topic", topic);
        return headers;
    }

    private static Map<String, String> wooHeaders(byte[] body, String topic) {
        Map<String, String> headers = Webhooks.wooCommerceHeaders(body);
        headers.put("X-WC-Webhook-Topic", topic);
        headers.put("X-WC-Webhook-Event", topic.substring(topic.indexOf('.') + 1));
        return headers;
    }

    /** A body of {@code platforms/later/}, its placeholders filled (SKUs: products of the catalogue). */
    private static byte[] later(String name, long platformId, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("__ORDER_ID__", Long.toString(platformId));
        all.putIfAbsent("__TRANSACTION_ID__", Long.toString(Webhooks.newPlatformId()));
        all.putIfAbsent("__SKU1__", Fixtures.newSku());
        all.putIfAbsent("__SKU2__", Fixtures.newSku());
        return Webhooks.resource("/platforms/later/" + name + ".json", all);
    }
}
