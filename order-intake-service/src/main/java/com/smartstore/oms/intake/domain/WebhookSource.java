package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.SalesChannel;
import java.util.Arrays;
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
            "orders/create"),
    WOOCOMMERCE(
            "woocommerce",
            SalesChannel.WOOCOMMERCE,
            "X-WC-Webhook-Signature",
            "X-WC-Webhook-Delivery-ID",
            "X-WC-Webhook-Source",
            "X-WC-Webhook-Topic",
            "order.created"),
    GENERIC("generic", SalesChannel.GENERIC_WEBHOOK, "X-Signature", "X-Delivery-Id", "X-Source", null, null);

    /** The header of the generic source's signing time (Unix seconds), checked against the replay window. */
    public static final String GENERIC_TIMESTAMP = "X-Signature-Timestamp";

    public final String path;
    public final SalesChannel channel;
    public final String signatureHeader;
    public final String deliveryIdHeader;
    public final String originHeader;
    public final String topicHeader;
    /** The only topic accepted, or null when the source has no topic header. */
    public final String orderTopic;

    WebhookSource(
            String path,
            SalesChannel channel,
            String signatureHeader,
            String deliveryIdHeader,
            String originHeader,
            String topicHeader,
            String orderTopic) {
        this.path = path;
        this.channel = channel;
        this.signatureHeader = signatureHeader;
        this.deliveryIdHeader = deliveryIdHeader;
        this.originHeader = originHeader;
        this.topicHeader = topicHeader;
        this.orderTopic = orderTopic;
    }

    public static Optional<WebhookSource> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }
}
