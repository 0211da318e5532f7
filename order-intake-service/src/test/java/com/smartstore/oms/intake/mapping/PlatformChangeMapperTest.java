package com.smartstore.oms.intake.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.domain.WebhookTopic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Shopify's and WooCommerce's later-life bodies say, without Quarkus (fixtures of platforms/later/). */
class PlatformChangeMapperTest {
    private final ShopifyChangeMapper shopify = new ShopifyChangeMapper();
    private final WooCommerceChangeMapper wooCommerce = new WooCommerceChangeMapper();

    private static JsonNode body(String name, Map<String, String> values) throws Exception {
        try (InputStream in =
                PlatformChangeMapperTest.class.getResourceAsStream("/platforms/later/" + name + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__ORDER_ID__", "450789469")
                    .replace("__SKU1__", "TEE-RED-M")
                    .replace("__SKU2__", "TOTE-1")
                    .replace("__TRANSACTION_ID__", "389404469");
            for (var e : values.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            return new ObjectMapper().readTree(text);
        }
    }

    @Test
    void shopifyCancelledIsACancellationWithItsRefundAndNoCapture() throws Exception {
        var change = shopify.map(
                WebhookTopic.ORDER_CANCELLED,
                body("shopify/orders-cancelled", Map.of("__UPDATED_AT__", "2026-11-27T12:00:01+01:00")));
        assertThat(change.externalOrderId()).isEqualTo("450789469");
        assertThat(change.updatedAt()).isEqualTo(Instant.parse("2026-11-27T11:00:01Z"));
        assertThat(change.cancellation().reason()).isEqualTo("cancelled on Shopify (customer)");
        assertThat(change.cancellation().at()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(change.capture()).isNull();
        assertThat(change.refunds()).singleElement().satisfies(r -> {
            assertThat(r.paymentId()).isEqualTo("shopify:refund:389404469");
            assertThat(r.amount()).isEqualByComparingTo("69.70");
            assertThat(r.currency()).isEqualTo("EUR");
            assertThat(r.note()).isEqualTo("Customer changed their mind");
        });
        assertThat(change.problems()).isEmpty();
    }

    @Test
    void shopifyPaidIsOneCaptureOfTheOrderWhateverTheDelivery() throws Exception {
        var change = shopify.map(
                WebhookTopic.ORDER_PAID,
                body("shopify/orders-paid", Map.of("__UPDATED_AT__", "2026-11-27T10:20:00+01:00")));
        assertThat(change.cancellation()).isNull();
        assertThat(change.capture().paymentId()).isEqualTo("shopify:order:450789469:paid");
        assertThat(change.capture().amount()).isEqualByComparingTo("69.70");
        assertThat(change.capture().currency()).isEqualTo("EUR");
        assertThat(change.order().order().shippingAddress().line1()).isEqualTo("Rua Garrett 19");
    }

    @Test
    void aShopifyRefundCountsOnlyItsSuccessfulRefundTransactions() throws Exception {
        var change =
                shopify.map(WebhookTopic.REFUND_CREATED, body("shopify/refunds-create", Map.of("__AMOUNT__", "10.00")));
        assertThat(change.externalOrderId()).isEqualTo("450789469");
        assertThat(change.order()).isNull();
        assertThat(change.updatedAt()).isNull();
        assertThat(change.refunds())
                .extracting(PlatformChange.Refund::amount)
                .containsExactly(new java.math.BigDecimal("10.00"));

        var failed = shopify.map(
                WebhookTopic.REFUND_CREATED,
                body(
                        "shopify/refunds-create",
                        Map.of("__AMOUNT__", "10.00", "\"status\": \"success\"", "\"status\": \"failure\"")));
        assertThat(failed.refunds()).isEmpty();
    }

    @Test
    void wooCommerceStatusesSayWhatHappened() throws Exception {
        var cancelled = wooCommerce.map(
                WebhookTopic.ORDER_UPDATED,
                body(
                        "woocommerce/order-updated",
                        Map.of("__STATUS__", "cancelled", "__UPDATED_AT__", "2026-11-28T09:00:00")));
        assertThat(cancelled.cancellation().reason()).isEqualTo("status cancelled on WooCommerce");
        assertThat(cancelled.updatedAt()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(cancelled.capture()).isNull();

        var codCompleted = wooCommerce.map(
                WebhookTopic.ORDER_UPDATED,
                body(
                        "woocommerce/order-updated",
                        Map.of("__STATUS__", "completed", "__UPDATED_AT__", "2026-11-28T09:00:00")));
        assertThat(codCompleted.capture())
                .as("cash on delivery is paid to the carrier")
                .isNull();

        var paid = wooCommerce.map(
                WebhookTopic.ORDER_UPDATED,
                body(
                        "woocommerce/order-updated-paid",
                        Map.of("__STATUS__", "processing", "__UPDATED_AT__", "2026-11-28T09:00:00")));
        assertThat(paid.capture().paymentId()).isEqualTo("woocommerce:order:450789469:paid");
        assertThat(paid.capture().amount()).isEqualByComparingTo("38.13");
        assertThat(paid.onHold()).isFalse();

        var onHold = wooCommerce.map(
                WebhookTopic.ORDER_UPDATED,
                body(
                        "woocommerce/order-updated-paid",
                        Map.of("__STATUS__", "on-hold", "__UPDATED_AT__", "2026-11-28T09:00:00")));
        assertThat(onHold.onHold()).isTrue();
        assertThat(onHold.capture()).isNull();
    }

    @Test
    void aWooCommerceDeletionIsACancellationWithoutATime() throws Exception {
        var deleted = wooCommerce.map(WebhookTopic.ORDER_DELETED, body("woocommerce/order-deleted", Map.of()));
        assertThat(deleted.externalOrderId()).isEqualTo("450789469");
        assertThat(deleted.cancellation().reason()).isEqualTo("deleted on WooCommerce");
        assertThat(deleted.updatedAt()).isNull();
        assertThat(deleted.order()).isNull();
    }

    /**
     * A WooCommerce update without a {@code status} (found by the fuzzer: a signed body of other members) is read as
     * what it says, a change of nothing known with its problems, never a NullPointerException (a 500 the platform
     * retries until it disables the webhook).
     */
    @Test
    void aWooCommerceUpdateWithoutAStatusIsReadWithItsProblems() throws Exception {
        var change = wooCommerce.map(WebhookTopic.ORDER_UPDATED, new ObjectMapper().readTree("{\"k0\":0,\"k1\":1}"));
        assertThat(change.externalOrderId()).isNull();
        assertThat(change.cancellation()).isNull();
        assertThat(change.capture()).isNull();
        assertThat(change.onHold()).isFalse();
        assertThat(change.order().problems()).anyMatch(p -> p.startsWith("id:"));
    }
}
