package com.smartstore.oms.contracts;

import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.contracts.events.ReplacementRequested;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.contracts.events.StockShortage;
import java.util.List;
import java.util.Optional;

/** The catalogue of published event types; services publish and consume only what is listed here. */
public final class Events {
    public static final EventType<OrderReceived> ORDER_RECEIVED =
            EventType.v1(Topics.ORDER_RECEIVED, OrderReceived.class);
    public static final EventType<OrderHeld> ORDER_HELD = EventType.v1(Topics.ORDER_HELD, OrderHeld.class);
    public static final EventType<OrderApproved> ORDER_APPROVED =
            EventType.v1(Topics.ORDER_APPROVED, OrderApproved.class);
    public static final EventType<OrderRejected> ORDER_REJECTED =
            EventType.v1(Topics.ORDER_REJECTED, OrderRejected.class);
    public static final EventType<OrderAmended> ORDER_AMENDED = EventType.v1(Topics.ORDER_AMENDED, OrderAmended.class);
    public static final EventType<OrderCancelled> ORDER_CANCELLED =
            EventType.v1(Topics.ORDER_CANCELLED, OrderCancelled.class);
    public static final EventType<OrderCancelRequested> ORDER_CANCEL_REQUESTED =
            EventType.v1(Topics.ORDER_CANCEL_REQUESTED, OrderCancelRequested.class);
    public static final EventType<OrderCancelRefused> ORDER_CANCEL_REFUSED =
            EventType.v1(Topics.ORDER_CANCEL_REFUSED, OrderCancelRefused.class);
    public static final EventType<PaymentRecorded> PAYMENT_RECORDED =
            EventType.v1(Topics.PAYMENT_RECORDED, PaymentRecorded.class);
    public static final EventType<StockShortage> STOCK_SHORTAGE =
            EventType.v1(Topics.STOCK_SHORTAGE, StockShortage.class);
    public static final EventType<StockReplenished> STOCK_REPLENISHED =
            EventType.v1(Topics.STOCK_REPLENISHED, StockReplenished.class);
    public static final EventType<ReturnReceived> RETURN_RECEIVED =
            EventType.v1(Topics.RETURN_RECEIVED, ReturnReceived.class);
    public static final EventType<OrderException> ORDER_EXCEPTION =
            EventType.v1(Topics.ORDER_EXCEPTION, OrderException.class);
    public static final EventType<SlaBreached> SLA_BREACHED = EventType.v1(Topics.SLA_BREACHED, SlaBreached.class);
    public static final EventType<Picked> PICKED = EventType.v1(Topics.PICKED, Picked.class);
    public static final EventType<Shipped> SHIPPED = EventType.v1(Topics.SHIPPED, Shipped.class);
    public static final EventType<DeliveryUpdated> DELIVERY_UPDATED =
            EventType.v1(Topics.DELIVERY_UPDATED, DeliveryUpdated.class);
    public static final EventType<ReturnRequested> RETURN_REQUESTED =
            EventType.v1(Topics.RETURN_REQUESTED, ReturnRequested.class);
    public static final EventType<RefundIssued> REFUND_ISSUED = EventType.v1(Topics.REFUND_ISSUED, RefundIssued.class);
    public static final EventType<ReturnResolved> RETURN_RESOLVED =
            EventType.v1(Topics.RETURN_RESOLVED, ReturnResolved.class);
    public static final EventType<ExchangeRequested> EXCHANGE_REQUESTED =
            EventType.v1(Topics.EXCHANGE_REQUESTED, ExchangeRequested.class);
    public static final EventType<ReplacementRequested> REPLACEMENT_REQUESTED =
            EventType.v1(Topics.REPLACEMENT_REQUESTED, ReplacementRequested.class);
    public static final EventType<QualityDefectReported> QUALITY_DEFECT_REPORTED =
            EventType.v1(Topics.QUALITY_DEFECT_REPORTED, QualityDefectReported.class);
    public static final EventType<ProductCatalogEntry> PRODUCT_CATALOG =
            EventType.v1(Topics.PRODUCT_CATALOG, ProductCatalogEntry.class);
    public static final EventType<CustomerRedacted> CUSTOMER_REDACTED =
            EventType.v1(Topics.CUSTOMER_REDACTED, CustomerRedacted.class);
    public static final EventType<StockLevel> STOCK_LEVELS = EventType.v1(Topics.STOCK_LEVELS, StockLevel.class);

    public static final List<EventType<?>> ALL = List.of(
            ORDER_RECEIVED,
            ORDER_HELD,
            ORDER_APPROVED,
            ORDER_REJECTED,
            PICKED,
            SHIPPED,
            DELIVERY_UPDATED,
            RETURN_REQUESTED,
            ORDER_AMENDED,
            ORDER_CANCELLED,
            ORDER_CANCEL_REQUESTED,
            ORDER_CANCEL_REFUSED,
            PAYMENT_RECORDED,
            STOCK_SHORTAGE,
            STOCK_REPLENISHED,
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

    /** The type whose body is this record class. */
    @SuppressWarnings("unchecked")
    public static <T extends OmsEvent> EventType<T> forPayload(Class<T> payloadClass) {
        return (EventType<T>) ALL.stream()
                .filter(t -> t.payloadClass().equals(payloadClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payloadClass.getName() + " is not a published event"));
    }

    /** The type with this CloudEvents {@code type}, if it is one of ours. */
    public static Optional<EventType<?>> forCeType(String ceType) {
        return ALL.stream().filter(t -> t.ceType().equals(ceType)).findFirst();
    }

    private Events() {}
}
