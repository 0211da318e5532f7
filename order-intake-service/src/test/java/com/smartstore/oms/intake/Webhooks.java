package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.kit.security.WebhookSignature;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Platform webhook bodies (from src/test/resources/webhooks) and deliveries signed as the platforms sign them. */
final class Webhooks {
    static final String SHOPIFY_SECRET = "test-only-shopify-secret";
    static final String WOO_SECRET = "test-only-woocommerce-secret";
    static final String GENERIC_SECRET = "test-only-generic-secret";

    /** A platform order id nobody else uses (platform ids are numbers). */
    static long newPlatformId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }

    static byte[] shopifyOrder(long id, String sku1, String sku2) {
        return template("shopify-orders-create.json", id, sku1, sku2);
    }

    static byte[] wooCommerceOrder(long id, String sku1, String sku2) {
        return template("woocommerce-order-created.json", id, sku1, sku2);
    }

    static Map<String, String> shopifyHeaders(byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Shopify-Topic", "orders/create");
        headers.put("X-Shopify-Hmac-Sha256", WebhookSignature.sign(SHOPIFY_SECRET, body));
        headers.put("X-Shopify-Shop-Domain", "smart-store-demo.myshopify.com");
        headers.put("X-Shopify-API-Version", "2025-10");
        headers.put("X-Shopify-Webhook-Id", UUID.randomUUID().toString());
        headers.put("X-Shopify-Triggered-At", Instant.now().toString());
        headers.put("X-Shopify-Event-Id", UUID.randomUUID().toString());
        headers.put("User-Agent", "Shopify-Captain-Hook");
        return headers;
    }

    static Map<String, String> wooCommerceHeaders(byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-WC-Webhook-Source", "https://shop.example.com/");
        headers.put("X-WC-Webhook-Topic", "order.created");
        headers.put("X-WC-Webhook-Resource", "order");
        headers.put("X-WC-Webhook-Event", "created");
        headers.put("X-WC-Webhook-Signature", WebhookSignature.sign(WOO_SECRET, body));
        headers.put("X-WC-Webhook-ID", "12");
        headers.put("X-WC-Webhook-Delivery-ID", UUID.randomUUID().toString());
        headers.put("User-Agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)");
        return headers;
    }

    static Map<String, String> genericHeaders(byte[] body, Instant signedAt) {
        String timestamp = Long.toString(signedAt.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Signature-Timestamp", timestamp);
        headers.put(
                "X-Signature", WebhookSignature.sign(GENERIC_SECRET, WebhookSignature.genericContent(timestamp, body)));
        headers.put("X-Delivery-Id", UUID.randomUUID().toString());
        return headers;
    }

    static Response post(String source, byte[] body, Map<String, String> headers) {
        return given().headers(headers)
                .contentType("application/json")
                .body(body)
                .post("/webhooks/" + source);
    }

    /** A copy of the body with one text replaced (a tampered or altered delivery). */
    static byte[] replace(byte[] body, String from, String to) {
        String text = new String(body, UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " is not in the body");
        }
        return text.replace(from, to).getBytes(UTF_8);
    }

    private static byte[] template(String name, long id, String sku1, String sku2) {
        return resource(
                "/webhooks/" + name, Map.of("__ORDER_ID__", Long.toString(id), "__SKU1__", sku1, "__SKU2__", sku2));
    }

    /** A payload of the test resources with its placeholders ({@code __ORDER_ID__}...) replaced. */
    static byte[] resource(String path, Map<String, String> values) {
        try (InputStream in = Webhooks.class.getResourceAsStream(path)) {
            String text = new String(in.readAllBytes(), UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace(value.getKey(), value.getValue());
            }
            return text.getBytes(UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Webhooks() {}
}
