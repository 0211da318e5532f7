package com.smartstore.oms.intake.domain;

/**
 * What a platform's webhook topic means to intake. A topic a source does not map to one of these is acknowledged
 * (2xx) and its delivery kept as IGNORED: a merchant subscribing to more topics than we take must not get failing
 * webhooks.
 */
public enum WebhookTopic {
    /** A new order: it becomes one order, or one DATA_ERROR case for a clerk. */
    ORDER_CREATED,
    /** The order as it is now on the platform (Shopify {@code orders/updated}, WooCommerce {@code order.updated}). */
    ORDER_UPDATED,
    /** The platform cancelled the order (Shopify {@code orders/cancelled}); the body is the order. */
    ORDER_CANCELLED,
    /** The platform says the order is paid (Shopify {@code orders/paid}); the body is the order. */
    ORDER_PAID,
    /** A refund of an order (Shopify {@code refunds/create}); the body is the refund, not the order. */
    REFUND_CREATED,
    /** The merchant deleted the order (WooCommerce {@code order.deleted}); the body is only its id. */
    ORDER_DELETED,
    /** A customer asked the merchant for their data (Shopify {@code customers/data_request}). */
    CUSTOMER_DATA_REQUEST,
    /** Erase a customer's personal data (Shopify {@code customers/redact}). */
    CUSTOMER_REDACT,
    /** Erase a shop's customer data, 48 hours after it uninstalled the app (Shopify {@code shop/redact}). */
    SHOP_REDACT;

    /** True for the order's later life on the platform: a change of an order, not a new one. */
    public boolean change() {
        return this != ORDER_CREATED && !privacy();
    }

    /** True for a privacy request: about a customer's (or a shop's) data, not about one order. */
    public boolean privacy() {
        return this == CUSTOMER_DATA_REQUEST || this == CUSTOMER_REDACT || this == SHOP_REDACT;
    }
}
