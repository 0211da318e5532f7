package com.smartstore.oms.contracts;

import java.util.List;

/** Kafka topic names of the OMS: the public channels other systems subscribe to. */
public final class Topics {
    public static final String ORDER_RECEIVED = "order-received";
    public static final String ORDER_HELD = "order-held";
    public static final String ORDER_APPROVED = "order-approved";
    public static final String ORDER_REJECTED = "order-rejected";
    public static final String ORDER_AMENDED = "order-amended";
    public static final String ORDER_CANCELLED = "order-cancelled";
    public static final String ORDER_CANCEL_REQUESTED = "order-cancel-requested";
    public static final String ORDER_CANCEL_REFUSED = "order-cancel-refused";
    public static final String PAYMENT_RECORDED = "payment-recorded";
    public static final String PICKED = "picked";
    public static final String STOCK_SHORTAGE = "stock-shortage";
    public static final String STOCK_REPLENISHED = "stock-replenished";
    public static final String SHIPPED = "shipped";
    public static final String DELIVERY_UPDATED = "delivery-updated";
    public static final String RETURN_REQUESTED = "return-requested";
    public static final String RETURN_RECEIVED = "return-received";
    public static final String RETURN_RESOLVED = "return-resolved";
    public static final String REFUND_ISSUED = "refund-issued";
    public static final String EXCHANGE_REQUESTED = "exchange-requested";
    /** A logistics case was resolved with a resend: the warehouse sends the lost shipment's goods again. */
    public static final String REPLACEMENT_REQUESTED = "replacement-requested";

    public static final String QUALITY_DEFECT_REPORTED = "quality-defect-reported";
    public static final String ORDER_EXCEPTION = "order-exception";
    public static final String SLA_BREACHED = "sla-breached";
    /** A customer's personal data was erased at their request: every service erases its copies. */
    public static final String CUSTOMER_REDACTED = "customer-redacted";
    /** Compacted: the latest catalogue entry per SKU. */
    public static final String PRODUCT_CATALOG = "product-catalog";
    /** Compacted: the latest stock level per warehouse and SKU. */
    public static final String STOCK_LEVELS = "stock-levels";

    /** Every topic, in the order of ARCHITECTURE.md. */
    public static final List<String> ALL = List.of(
            ORDER_RECEIVED,
            ORDER_HELD,
            ORDER_APPROVED,
            ORDER_REJECTED,
            ORDER_AMENDED,
            ORDER_CANCELLED,
            ORDER_CANCEL_REQUESTED,
            ORDER_CANCEL_REFUSED,
            PAYMENT_RECORDED,
            PICKED,
            STOCK_SHORTAGE,
            STOCK_REPLENISHED,
            SHIPPED,
            DELIVERY_UPDATED,
            RETURN_REQUESTED,
            RETURN_RECEIVED,
            RETURN_RESOLVED,
            REFUND_ISSUED,
            EXCHANGE_REQUESTED,
            REPLACEMENT_REQUESTED,
            QUALITY_DEFECT_REPORTED,
            ORDER_EXCEPTION,
            SLA_BREACHED,
            CUSTOMER_REDACTED,
            PRODUCT_CATALOG,
            STOCK_LEVELS);

    /** The dead-letter twin of a topic, where records that can never be processed go. */
    public static String dlq(String topic) {
        return topic + ".dlq";
    }

    private Topics() {}
}
