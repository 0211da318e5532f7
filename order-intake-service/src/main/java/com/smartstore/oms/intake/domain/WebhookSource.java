package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.security.WebhookSignature;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** A platform that sends orders by webhook, with the headers it signs and identifies its deliveries with. */
public enum WebhookSource {
    SHOPIFY(
            "shopify",
            SalesChannel.SHOPIFY,
            "X-Shopify-Hmac-Sha256",
            "X-Shopify-Webhook-Id",
            "X-Shopify-Shop-Domain",
            "X-Shopify-Topic",
            Map.of(
                    "orders/create", WebhookTopic.ORDER_CREATED,
                    "orders/updated", WebhookTopic.ORDER_UPDATED,
                    "orders/cancelled", WebhookTopic.ORDER_CANCELLED,
                    "orders/paid", WebhookTopic.ORDER_PAID,
                    "refunds/create", WebhookTopic.REFUND_CREATED,
                    "customers/data_request", WebhookTopic.CUSTOMER_DATA_REQUEST,
                    "customers/redact", WebhookTopic.CUSTOMER_REDACT,
                    "shop/redact", WebhookTopic.SHOP_REDACT)),
    WOOCOMMERCE(
            "woocommerce",
            SalesChannel.WOOCOMMERCE,
            "X-WC-Webhook-Signature",
            "X-WC-Webhook-Delivery-ID",
            "X-WC-Webhook-Source",
            "X-WC-Webhook-Topic",
            Map.of(
                    "order.created", WebhookTopic.ORDER_CREATED,
                    "order.updated", WebhookTopic.ORDER_UPDATED,
                    "order.deleted", WebhookTopic.ORDER_DELETED)),
    GENERIC(
            "generic",
            SalesChannel.GENERIC_WEBHOOK,
            WebhookSignature.SIGNATURE_HEADER,
            "X-Delivery-Id",
            "X-Source",
            null,
            Map.of()),
    /**
     * BigCommerce: unsigned, the secret travels in a header the merchant sets on the webhook; the scope and the
     * delivery's hash are in the body, which names the order only (intake fetches it from the store's API).
     */
    BIGCOMMERCE("bigcommerce", SalesChannel.BIGCOMMERCE, "X-Webhook-Secret", null, null, null, Map.of());

    public final String path;
    public final SalesChannel channel;
    public final String signatureHeader;
    public final String deliveryIdHeader;
    public final String originHeader;
    public final String topicHeader;
    /** The platform's topics intake acts on, by the platform's name for them. */
    private final Map<String, WebhookTopic> topics;

    WebhookSource(
            String path,
            SalesChannel channel,
            String signatureHeader,
            String deliveryIdHeader,
            String originHeader,
            String topicHeader,
            Map<String, WebhookTopic> topics) {
        this.path = path;
        this.channel = channel;
        this.signatureHeader = signatureHeader;
        this.deliveryIdHeader = deliveryIdHeader;
        this.originHeader = originHeader;
        this.topicHeader = topicHeader;
        this.topics = topics;
    }

    /**
     * What the delivery's topic header means: empty for a topic intake does not act on. A delivery without the
     * header (and every delivery of the generic source, which has none) is a new order.
     */
    public Optional<WebhookTopic> topic(String header) {
        if (header == null || header.isBlank()) {
            return Optional.of(WebhookTopic.ORDER_CREATED);
        }
        return Optional.ofNullable(topics.get(header.trim()));
    }

    public static Optional<WebhookSource> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }
}
