package com.smartstore.oms.analytics.domain;

import java.util.List;
import java.util.Set;

/** The names of the daily figures and of their dimensions (constants, never caller input, so safe in SQL). */
public final class Metrics {
    // Order volume and customers
    public static final String RECEIVED = "received";
    public static final String CUSTOMER_ORDERS = "customer-orders";
    public static final String SKU_UNITS = "sku-units";
    public static final String REJECTED = "rejected";
    public static final String CANCELLED = "cancelled";
    public static final String AMENDED = "amended";
    public static final String CANCEL_REQUESTED = "cancel-requested";
    public static final String CANCEL_REFUSED = "cancel-refused";
    public static final String PAYMENT = "payment";
    public static final String SHIPPED = "shipped";
    public static final String DELIVERY_PROBLEM = "delivery-problem";
    public static final String STOCK_SHORTAGE = "stock-shortage";
    public static final String STOCK_REPLENISHED = "stock-replenished";

    // Returns (R-A5): units shipped per SKU on the order's last shipment day; each return's, exchange's, receipt's,
    // resolution's, refund's and QC sample's figures on the day of its event
    public static final String SHIPPED_UNITS = "shipped-units";
    public static final String RETURN_REQUESTED = "return-requested";
    public static final String RETURN_UNITS = "return-units";
    public static final String EXCHANGE = "exchange";
    public static final String EXCHANGE_UNITS = "exchange-units";
    public static final String RETURN_RECEIVED = "return-received";
    public static final String RETURN_RESOLVED = "return-resolved";
    public static final String REFUND = "refund";
    public static final String QC_DEFECT = "qc-defect";

    /** Metrics with monthly roll-up rows besides their day rows (their per-SKU rows would be many over a year). */
    private static final Set<String> MONTH_ROLLED =
            Set.of(SKU_UNITS, SHIPPED_UNITS, RETURN_UNITS, EXCHANGE_UNITS, QC_DEFECT);

    // Stage durations (milliseconds; sketched)
    public static final String RECEIVED_TO_SHIPPED = "received-to-shipped";
    public static final String RECEIVED_TO_APPROVED = "received-to-approved";
    public static final String MANUAL_REVIEW = "manual-review";
    public static final String APPROVED_TO_PICKED = "approved-to-picked";
    public static final String PICKED_TO_SHIPPED = "picked-to-shipped";
    public static final String SHIPPED_TO_DELIVERED = "shipped-to-delivered";

    // The stages of time-to-ship, counted on the day of the order's last shipment (only for shipped orders)
    public static final String TTS_RECEIVED_TO_APPROVED = "tts-received-to-approved";
    public static final String TTS_APPROVED_TO_PICKED = "tts-approved-to-picked";
    public static final String TTS_PICKED_TO_SHIPPED = "tts-picked-to-shipped";

    /** The stages of {@code /stages}, in the order an order goes through them. */
    public static final List<String> STAGES =
            List.of(RECEIVED_TO_APPROVED, MANUAL_REVIEW, APPROVED_TO_PICKED, PICKED_TO_SHIPPED, SHIPPED_TO_DELIVERED);

    // Exceptions and SLAs
    public static final String EXCEPTION = "exception";
    public static final String EXCEPTION_RESOLUTION = "exception-resolution";
    public static final String CASE_SATISFACTION = "case-satisfaction";
    public static final String SLA_BREACH = "sla-breach";

    // Staff (dimension: user)
    public static final String STAFF_APPROVED = "staff-approved";
    public static final String STAFF_REJECTED = "staff-rejected";
    public static final String STAFF_PICKED = "staff-picked";
    public static final String STAFF_SHIPPED = "staff-shipped";
    public static final String STAFF_AMENDED = "staff-amended";
    public static final String STAFF_CANCELLED = "staff-cancelled";
    public static final String STAFF_REPLENISHED = "staff-replenished";
    public static final String STAFF_CASE_STEP = "staff-case-step";
    public static final String STAFF_SLA_BREACH = "staff-sla-breach";
    public static final String STAFF_CASE_SATISFACTION = "staff-case-satisfaction";
    /** Orders a person keyed in (order-received's enteredBy), on the day received. */
    public static final String STAFF_ENTERED = "staff-entered";
    /** Orders a person keyed in that were rejected or corrected (a revision above 1), on the day received. */
    public static final String STAFF_ENTRY_FAULT = "staff-entry-fault";

    /** The steps a staff member did, for their KPIs. */
    public static final List<String> STAFF_STEPS = List.of(
            STAFF_ENTERED,
            STAFF_APPROVED,
            STAFF_REJECTED,
            STAFF_PICKED,
            STAFF_SHIPPED,
            STAFF_AMENDED,
            STAFF_CANCELLED,
            STAFF_REPLENISHED,
            STAFF_CASE_STEP);

    private static final Set<String> DURATIONS = Set.of(
            RECEIVED_TO_SHIPPED,
            RECEIVED_TO_APPROVED,
            MANUAL_REVIEW,
            APPROVED_TO_PICKED,
            PICKED_TO_SHIPPED,
            SHIPPED_TO_DELIVERED,
            TTS_RECEIVED_TO_APPROVED,
            TTS_APPROVED_TO_PICKED,
            TTS_PICKED_TO_SHIPPED,
            EXCEPTION_RESOLUTION);

    // Dimensions
    public static final String ALL = "all";
    public static final String CHANNEL = "channel";
    public static final String WAREHOUSE = "warehouse";
    public static final String CUSTOMER = "customer";
    public static final String SKU = "sku";
    public static final String USER = "user";
    public static final String TYPE = "type";
    public static final String KIND = "kind";
    public static final String RESULT = "result";
    public static final String STATUS = "status";
    public static final String CODE = "code";
    public static final String REASON = "reason";
    public static final String OUTCOME = "outcome";
    public static final String DISPOSITION = "disposition";
    public static final String CAUSE = "cause";

    /** The dimension value of a fact whose dimension is not known (yet): e.g. the channel before order-received. */
    public static final String UNKNOWN = "unknown";

    /** Whether the metric is a duration, kept in a sketch as well. */
    public static boolean isDuration(String metric) {
        return DURATIONS.contains(metric);
    }

    /** Whether the metric has monthly roll-up rows (durations and the per-SKU unit counts). */
    public static boolean isMonthRolled(String metric) {
        return DURATIONS.contains(metric) || MONTH_ROLLED.contains(metric);
    }

    private Metrics() {}
}
