package com.smartstore.oms.analytics;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.contracts.events.StockShortage;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events other services publish about one order, with chosen times, and handed to analytics' consumers directly
 * (processed when the call returns; {@code KafkaRoundTripTest} sends one of each through the broker).
 */
final class OrderEvents {
    private static final List<LineQuantity> LINES = List.of(new LineQuantity("SKU-1", 2));

    /**
     * Windows are three days apart (a test's events reach into the next day: a parcel shipped at
     * {@code t + 1 day}, a repeat 5000 s later), so no two windows of one run share a day; the run's first
     * window is picked at random among more than two million days, so an earlier run's events left in a
     * local database are as good as never met. Picking every window at random, as before, let two tests of
     * one run draw the same or adjacent days now and then (an empty range counted one shipped order in CI).
     */
    private static final AtomicLong NEXT_DAY =
            new AtomicLong(3L * ThreadLocalRandom.current().nextLong(800_000));

    static Instant freshWindow() {
        return Instant.parse("2100-01-01T00:00:00Z").plus(Duration.ofDays(NEXT_DAY.getAndAdd(3)));
    }

    static OrderReceived receivedEvent(UUID id, int revision, String total, Instant at) {
        return OrderBuilder.anOrder()
                .id(id)
                .number("SO-" + id.toString().substring(0, 8))
                .revision(revision)
                .channel(SalesChannel.SHOPIFY)
                .externalOrderId("ext-" + id)
                .customer(new OrderReceived.Customer("pseudo-" + id, "Ana Silva", "+351912345678", "ana@example.com"))
                .address(new OrderReceived.Address(
                        "Ana Silva", "Rua Augusta 10", null, "Lisboa", null, "1100-053", "PT"))
                .line("SKU-1", "T-shirt", "red, M", 1, total)
                .line("SKU-2", "Socks", null, 1, "0")
                .remarks(null)
                .payment(PaymentMethod.ONLINE, total, at)
                .receivedAt(at)
                .build();
    }

    static String received(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_RECEIVED, receivedEvent(id, 1, "25.00", at));
    }

    static OrderHeld heldEvent(UUID id, Instant at) {
        return new OrderHeld(
                id, "SO-1", 1, UUID.randomUUID(), List.of(new OrderHeld.RuleFailure("price", "differs")), at);
    }

    static String held(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_HELD, heldEvent(id, at));
    }

    static OrderApproved approvedEvent(UUID id, Instant at) {
        return new OrderApproved(id, "SO-1", 1, UUID.randomUUID(), true, "auto", LINES, null, at);
    }

    static String approved(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_APPROVED, approvedEvent(id, at));
    }

    static OrderRejected rejectedEvent(UUID id, Instant at) {
        return new OrderRejected(id, "SO-1", 1, UUID.randomUUID(), "PRICE", "Price is outdated", "reviewer", at);
    }

    static String rejected(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_REJECTED, rejectedEvent(id, at));
    }

    static Picked pickedEvent(UUID id, Instant at) {
        return new Picked(id, UUID.randomUUID(), "LIS", LINES, null, "warehouse", at);
    }

    static String picked(UUID id, Instant at) {
        return Deliver.event(Events.PICKED, pickedEvent(id, at));
    }

    static Shipped shippedEvent(UUID id, Instant at) {
        return new Shipped(id, UUID.randomUUID(), "CTT", "RR" + id.toString().substring(0, 6), null, "shipping", at);
    }

    static String shipped(UUID id, Instant at) {
        return Deliver.event(Events.SHIPPED, shippedEvent(id, at));
    }

    static ReturnRequested returnRequestedEvent(UUID id, Instant at) {
        return new ReturnRequested(UUID.randomUUID(), id, "too small", LINES, "after-sales", at);
    }

    static String returnRequested(UUID id, Instant at) {
        return Deliver.event(Events.RETURN_REQUESTED, returnRequestedEvent(id, at));
    }

    /** An order of a chosen channel, customer and lines ({@code sku, units} pairs at 10.00 a unit). */
    static OrderReceived orderEvent(UUID id, SalesChannel channel, String pseudonym, Instant at, Object... skuUnits) {
        OrderBuilder order = OrderBuilder.anOrder()
                .id(id)
                .number("SO-" + id.toString().substring(0, 8))
                .revision(1)
                .channel(channel)
                .externalOrderId("ext-" + id)
                .customer(new OrderReceived.Customer(pseudonym, "Ana Silva", "+351912345678", "ana@example.com"))
                .address(new OrderReceived.Address(
                        "Ana Silva", "Rua Augusta 10", null, "Lisboa", null, "1100-053", "PT"));
        int units = 0;
        for (int i = 0; i < skuUnits.length; i += 2) {
            order.line((String) skuUnits[i], "Product", null, (Integer) skuUnits[i + 1], "10.00");
            units += (Integer) skuUnits[i + 1];
        }
        String total = units * 10 + ".00";
        return order.remarks(null)
                .payment(PaymentMethod.ONLINE, total, at)
                .receivedAt(at)
                .build();
    }

    static OrderApproved approvedEvent(UUID id, String by, Instant at) {
        return new OrderApproved(id, "SO-1", 1, UUID.randomUUID(), false, by, LINES, null, at);
    }

    static OrderRejected rejectedEvent(UUID id, String by, Instant at) {
        return new OrderRejected(id, "SO-1", 1, UUID.randomUUID(), "PRICE", "Price is outdated", by, at);
    }

    static Picked pickedEvent(UUID id, String warehouse, String by, Instant at) {
        return new Picked(id, UUID.randomUUID(), warehouse, LINES, null, by, at);
    }

    static Shipped shippedEvent(UUID id, String by, Instant at) {
        return new Shipped(id, UUID.randomUUID(), "CTT", "RR" + id.toString().substring(0, 6), null, by, at);
    }

    static DeliveryUpdated deliveredEvent(UUID id, Instant at) {
        return deliveryEvent(id, DeliveryStatus.DELIVERED, at);
    }

    static DeliveryUpdated deliveryEvent(UUID id, DeliveryStatus update, Instant at) {
        return new DeliveryUpdated(
                id,
                "SO-1",
                UUID.nameUUIDFromBytes(id.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "CTT",
                "RR1",
                update,
                at,
                null,
                null,
                update,
                null,
                update == DeliveryStatus.DELIVERED ? at : null,
                DeliveryUpdated.Source.CARRIER,
                "ce-" + update + "-" + at,
                "carrier");
    }

    static OrderCancelled cancelledEvent(UUID id, String by, Instant at) {
        return new OrderCancelled(id, "SO-1", "APPROVED", "customer changed mind", by, at);
    }

    static OrderAmended amendedEvent(UUID id, String by, Instant at) {
        return new OrderAmended(
                id, "SO-1", 2, UUID.randomUUID(), List.of("remarks"), null, null, null, null, "typo", by, at);
    }

    static OrderCancelRequested cancelRequestedEvent(UUID id, Instant at) {
        return new OrderCancelRequested(id, "SO-1", UUID.randomUUID(), "APPROVED", "changed mind", "sales", at);
    }

    static OrderCancelRefused cancelRefusedEvent(UUID id, Instant at) {
        return new OrderCancelRefused(id, "SO-1", UUID.randomUUID(), "ALREADY_SHIPPED", "too late", at);
    }

    static PaymentRecorded paymentEvent(UUID id, PaymentResult result, String amount, Instant at) {
        return new PaymentRecorded(
                id,
                "SO-1",
                UUID.randomUUID(),
                result,
                PaymentMethod.ONLINE,
                new BigDecimal(amount),
                "EUR",
                null,
                new BigDecimal(amount),
                "gateway",
                "stripe",
                null,
                at);
    }

    static StockShortage shortageEvent(String warehouse, int quantity, Instant at) {
        return new StockShortage(
                UUID.randomUUID(), "SKU-1", null, warehouse, quantity, ShortageReason.BACKORDER, List.of(), null, at);
    }

    static StockReplenished replenishedEvent(String warehouse, int quantity, String by, Instant at) {
        return new StockReplenished(UUID.randomUUID(), warehouse, "SKU-1", quantity, List.of(), 10, by, at);
    }

    /** One step of an exception's life; the detection and its case share {@code exceptionId}. */
    static OrderException exceptionEvent(
            UUID exceptionId,
            ExceptionType type,
            ExceptionStage stage,
            String actor,
            Integer satisfaction,
            Instant at) {
        return new OrderException(
                exceptionId,
                UUID.randomUUID(),
                "SO-1",
                type,
                stage,
                stage == ExceptionStage.DETECTED ? null : exceptionId,
                Severity.MEDIUM,
                "PAYMENT_FAILED",
                "payment failed",
                Map.of(),
                actor,
                null,
                null,
                null,
                null,
                null,
                satisfaction,
                at);
    }

    static SlaBreached breachEvent(SlaKind kind, String subjectId, String owner, Instant at) {
        return new SlaBreached(kind, subjectId, null, null, "review", owner, at.minusSeconds(60), at);
    }

    static ProductCatalogEntry catalogEvent(String sku, String category, Instant at) {
        return new ProductCatalogEntry(sku, "Product " + sku, null, category, new BigDecimal("10.00"), "EUR", true, at);
    }

    static StockLevel stockLevelEvent(String warehouse, String sku, int available, Instant at) {
        return new StockLevel(warehouse, sku, available, 0, available, at);
    }

    private OrderEvents() {}
}
